"""Area codes of North American phone numbers: which numbers are read, and the state each code belongs to."""

from __future__ import annotations

import pytest

from crosswire.extract.dialling import area_code_table, dialled_codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Call police at 717-846-1234.", ["717"]),
        ("Call (989) 555-0134 or 989.555.0199, or 1-713-222-TIPS.", ["989", "713"]),
        ("Tips: +1 416 555 0123 or 416-555-0123", ["416"]),
        # a date, a bare local number, a case number and a price are no phone numbers
        ("On 2015-06-11 he called 555-1234 about case 12-345-6789; it cost $1,234.", []),
        ("The order number was 4717-846-12345.", []),
    ],
)
def test_phone_numbers_are_read_with_their_area_code(text: str, codes: list[str]) -> None:
    assert dialled_codes(text) == codes


def test_each_area_code_belongs_to_one_state_or_province() -> None:
    names = {
        ("US", "PA"): "Pennsylvania",
        ("US", "TX"): "Texas",
        ("US", "WA"): "Washington",
        ("US", "DC"): "Washington, D.C.",
        ("CA", "08"): "Ontario",
        ("CA", "07"): "Nova Scotia",
        ("CA", "09"): "Prince Edward Island",
        ("GB", "ENG"): "England",
    }
    table = area_code_table(names)
    assert table["717"] == ("US", "PA")
    assert table["713"] == ("US", "TX")  # listed only by its exchanges ("Houston, TX")
    assert table["206"] == ("US", "WA")  # "Washington State"
    assert table["202"] == ("US", "DC")
    assert table["416"] == ("CA", "08")
    assert "902" not in table  # shared by Nova Scotia and Prince Edward Island
    assert "800" not in table  # toll-free: dialled anywhere
    assert "312" not in table  # Illinois is not among the areas given
