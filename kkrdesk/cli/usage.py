"""A command used the wrong way: one Danish line and exit code 2, never a traceback.
Any command module raises it; the entry reports it."""


class UsageError(Exception):
    pass
