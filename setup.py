"""The package list, found rather than written out: every folder under kkrdesk/ with an
__init__.py ships (a new sub-package needs no entry here), and resources/ and db/, which sit
at the top of the checkout, ship inside the wheel as kkrdesk.resources and kkrdesk.db (their
folders are mapped in pyproject.toml's [tool.setuptools.package-dir]; kkrdesk.core.paths
finds them either way). Everything else about the build is in pyproject.toml."""

from setuptools import find_packages, setup


def _mapped(package: str, folder: str) -> list[str]:
    return [package, *(f"{package}.{sub}" for sub in find_packages(folder))]


setup(packages=[*find_packages(include=["kkrdesk", "kkrdesk.*"]),
                *_mapped("kkrdesk.resources", "resources"), *_mapped("kkrdesk.db", "db")])
