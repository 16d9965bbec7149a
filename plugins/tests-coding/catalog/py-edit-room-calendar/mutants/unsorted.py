"""Room bookings: each booking is a (start, end) pair of minutes since midnight."""


class BookingError(Exception):
    pass


class Calendar:
    def __init__(self):
        self.bookings = []

    def book(self, name, start, end):
        if not (type(start) is int and type(end) is int and 0 <= start < end <= 1440):
            raise ValueError("a booking needs int minutes with 0 <= start < end <= 1440")
        for other_name, other_start, other_end in self.bookings:
            if other_name == name:
                raise BookingError(f"{name} is already booked")
            if start < other_end and other_start < end:
                raise BookingError(f"{name} overlaps {other_name}")
        self.bookings.append((name, start, end))

    def cancel(self, name):
        for index, booking in enumerate(self.bookings):
            if booking[0] == name:
                del self.bookings[index]
                return True
        return False

    def free_slots(self, day_start=480, day_end=1080):
        """Free (start, end) gaps between bookings within the working day."""
        slots = []
        cursor = day_start
        for _, start, end in self.bookings:
            if end <= cursor:
                continue
            if start >= day_end:
                break
            if start > cursor:
                slots.append((cursor, start))
            cursor = max(cursor, end)
        if cursor < day_end:
            slots.append((cursor, day_end))
        return slots
