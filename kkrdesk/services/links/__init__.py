"""The one place where areas meet: an agenda item presents SOR proposals and projects.
Modules here may use several areas; no area imports from here."""
