"""Every enum value has its own Danish label, even where values coincide across enums."""

from enum import StrEnum

from kkrdesk.core import enums
from kkrdesk.core.enums import AttendanceStatus, Role, label


def test_every_member_has_a_danish_label():
    classes = [c for c in vars(enums).values()
               if isinstance(c, type) and issubclass(c, StrEnum) and c is not StrEnum]
    for cls in classes:
        for member in cls:
            assert label(member) != member.value, f"{cls.__name__}.{member.name} has no label"


def test_substitute_means_different_things_in_attendance_and_membership():
    assert label(AttendanceStatus.SUBSTITUTE) == "Stedfortræder"
    assert label(Role.SUBSTITUTE) == "Suppleant"
