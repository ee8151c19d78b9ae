"""Importers: files to plain data, validated before anything is written."""
