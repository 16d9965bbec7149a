"""Splits a list of records into pages for a web listing."""
import math


def page_count(total, per_page):
    if per_page <= 0:
        raise ValueError("per_page must be positive")
    return max(1, math.ceil(total / per_page))


def paginate(items, page, per_page=10):
    """Returns the records of the 1-based page `page`."""
    pages = page_count(len(items), per_page)
    if page < 1 or page > pages:
        raise IndexError(f"page {page} is out of range 1..{pages}")
    start = page * per_page
    return items[start:start + per_page]


def page_summary(items, page, per_page=10):
    records = paginate(items, page, per_page)
    if not records:
        return f"0 of {len(items)}"
    first = (page - 1) * per_page + 1
    return f"{first}-{first + len(records) - 1} of {len(items)}"
