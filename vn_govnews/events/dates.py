"""Dates: d/m and d/m/y (also d-m-y and "ngày d tháng m năm y") → ISO.

>>> find_date("Sáng 12/5, HĐND tỉnh khai mạc", 2023)
'2023-05-12'
>>> find_date("ngày 05 tháng 3 năm 2020", None), find_date("ngày 16-4-2021", None)
('2020-03-05', '2021-04-16')
>>> find_date("Trong hai ngày 17 và 18/6, kỳ họp", 2024)
'2024-06-18'
>>> find_date("đạt 17/18 chỉ tiêu", 2023) is None
True
"""

import re
from datetime import date

_DATE = re.compile(
    r"(?:ngày|sáng|chiều|tối|trưa|hôm|từ|đến)\s+(?:ngày\s+)?(?:\d{1,2}\s*(?:và|,|-|–)\s*)?(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*((?:19|20)\d\d))?(?!\d)"
    r"|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+((?:19|20)\d\d))?",
    re.IGNORECASE,
)


def find_date(text, default_year):
    """The first date in `text` as YYYY-MM-DD, or None.

    text (str): normalised text.
    default_year (int | None): the year when the text gives none.
    RETURNS (str | None): the ISO date.
    """
    for m in _DATE.finditer(text):
        day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        year = int(year) if year else default_year
        if year is None:
            continue
        try:
            return date(year, int(month), int(day)).isoformat()
        except ValueError:
            continue
    return None
