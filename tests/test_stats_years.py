"""A case counts in the year it was OPENED, in every table, whatever year its
reference names (issue 14: "Add that test first").

An earlier register brings references of its own: ``DH-2018-120`` may be a case
opened in January 2019, and a case opened on 31 December 2018 may have been
numbered ``DH-2019-001``. Every count of a year, incident types included, must
follow ``cases.opened_year``, never ``cases.year`` (the reference's year), so
that a rewrite of the statistics SQL cannot silently group by the wrong one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dime_desktop.cases.model import Case, CaseGround, Mediation


def _case(reference: str, opened: date, incidents: list[str], **kw: Any) -> Case:
    return Case(
        opened=opened,
        reference=reference,
        incident_types=incidents,
        grounds=[CaseGround(g) for g in kw.pop("grounds", ["age"])],
        **kw,
    )


# The reference's year and the opened year disagree on purpose, and the
# incident types (and the other categories) of the two groups differ, so that
# grouping by the reference's year changes every count below.
OPENED_2019_NUMBERED_2018 = [
    _case("DH-2018-120", date(2019, 1, 3), ["harassment"], area="work", channel="phone"),
    _case(
        "DH-2018-121",
        date(2019, 2, 1),
        ["harassment", "hate_speech"],
        area="work",
        channel="phone",
        grounds=["religion"],
    ),
    _case("DH-2018-122", date(2019, 3, 1), [], area="work", channel="phone"),
]
OPENED_2018_NUMBERED_2019 = [
    _case(
        "DH-2019-001",
        date(2018, 12, 31),
        ["direct_discrimination"],
        area="housing",
        channel="email",
        grounds=["ethnicity"],
        mediation=Mediation(True, "housing", "agreement"),
    ),
    _case(
        "DH-2019-002",
        date(2018, 11, 2),
        [],
        area="housing",
        channel="email",
        grounds=["ethnicity"],
    ),
]


def test_incident_types_count_in_the_year_the_case_was_opened(vault: Any) -> None:
    vault.cases.add_many(OPENED_2019_NUMBERED_2018 + OPENED_2018_NUMBERED_2019)
    y2019 = vault.statistics.year_counts(2019)
    assert y2019.by_incident_type == {"harassment": 2, "hate_speech": 1}
    # the case with no incident type recorded is the 2019 one numbered 2018
    assert y2019.unrecorded.get("by_incident_type") == 1
    y2018 = vault.statistics.year_counts(2018)
    assert y2018.by_incident_type == {"direct_discrimination": 1}
    assert y2018.unrecorded.get("by_incident_type") == 1


def test_every_table_counts_in_the_opened_year(vault: Any) -> None:
    vault.cases.add_many(OPENED_2019_NUMBERED_2018 + OPENED_2018_NUMBERED_2019)
    y2019 = vault.statistics.year_counts(2019).to_json()
    assert y2019["cases"] == 3
    assert y2019["by_area"] == {"work": 3}
    assert y2019["by_channel"] == {"phone": 3}
    assert y2019["by_ground"] == {"age": 2, "religion": 1}
    assert y2019["by_ground_combination"] == {"age": 2, "religion": 1}
    assert y2019["mediation"]["referred"] == 0
    y2018 = vault.statistics.year_counts(2018).to_json()
    assert y2018["cases"] == 2
    assert y2018["by_ground"] == {"ethnicity": 2}
    assert y2018["mediation"]["referred"] == 1
    assert y2018["mediation"]["outcomes"] == {"agreement": 1}
