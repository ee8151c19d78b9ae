"""KKR Desk: the secretariat desk of the KKR-digitaliseringsnetværk."""

__version__ = "0.1.0"
APP_NAME = "KKR Desk"
