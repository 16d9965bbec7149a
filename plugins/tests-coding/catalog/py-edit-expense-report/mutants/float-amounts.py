"""Monthly expense report from CSV text."""
from decimal import Decimal, InvalidOperation


class ReportError(ValueError):
    """A line of the CSV that cannot be used; `line` is its 1-based line number."""

    def __init__(self, message, line):
        super().__init__(f"line {line}: {message}")
        self.line = line


def load_rows(text):
    """Parses `date,category,amount` lines (with a header) into dicts."""
    numbered = [(number, line) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if not numbered:
        return []
    header = [name.strip() for name in numbered[0][1].split(",")]
    rows = []
    for number, line in numbered[1:]:
        values = [value.strip() for value in line.split(",")]
        if len(values) != len(header):
            raise ReportError(f"expected {len(header)} fields, got {len(values)}", number)
        row = dict(zip(header, values))
        try:
            row["amount"] = float(row["amount"])
        except ValueError:
            raise ReportError(f"amount {row['amount']!r} is not a number", number) from None
        rows.append(row)
    return rows


def totals_by_category(rows):
    totals = {}
    for row in rows:
        totals[row["category"]] = totals.get(row["category"], Decimal("0")) + row["amount"]
    return totals


def monthly_totals(rows):
    months = {}
    for row in rows:
        month = row["date"][:7]
        months[month] = months.get(month, Decimal("0")) + row["amount"]
    return dict(sorted(months.items()))


def largest_category(rows):
    totals = totals_by_category(rows)
    if not totals:
        return None
    best = max(totals.values())
    return min(category for category, total in totals.items() if total == best)
