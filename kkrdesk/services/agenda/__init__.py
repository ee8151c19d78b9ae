"""Meetings and their agendas: items and their slots, presenters, sub-points, bilag,
minutes, attendance and guests, the referat's lifecycle, and importing an agenda."""
