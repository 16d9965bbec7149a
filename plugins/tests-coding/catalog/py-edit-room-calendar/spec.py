from spec import describe, it, expect
from solution import Calendar, BookingError

with describe("Calendar"):
    @it("accepts back-to-back bookings and refuses real overlaps")
    def _():
        cal = Calendar()
        cal.book("standup", 540, 600)
        cal.book("review", 600, 660)
        expect(lambda: cal.book("clash", 630, 700)).to_raise(BookingError)
        expect(lambda: cal.book("inside", 545, 550)).to_raise(BookingError)

    @it("lists free slots whatever the booking order")
    def _():
        cal = Calendar()
        cal.book("late", 900, 960)
        cal.book("early", 540, 600)
        expect(cal.free_slots()).to_equal([(480, 540), (600, 900), (960, 1080)])

    @it("clips bookings to the working day")
    def _():
        cal = Calendar()
        cal.book("breakfast", 420, 500)
        cal.book("evening", 1070, 1200)
        cal.book("night", 1300, 1400)
        expect(cal.free_slots()).to_equal([(500, 1070)])
        expect(Calendar().free_slots(0, 60)).to_equal([(0, 60)])

    @it("cancels bookings")
    def _():
        cal = Calendar()
        cal.book("a", 500, 600)
        expect(cal.cancel("a")).to_be(True)
        expect(cal.cancel("a")).to_be(False)
        cal.book("b", 550, 650)
        expect(cal.free_slots()).to_equal([(480, 550), (650, 1080)])

    @it("refuses duplicate names and bad times")
    def _():
        cal = Calendar()
        cal.book("a", 500, 600)
        expect(lambda: cal.book("a", 700, 800)).to_raise(BookingError)
        expect(lambda: cal.book("b", 700, 700)).to_raise(ValueError)
        expect(lambda: cal.book("c", -1, 10)).to_raise(ValueError)
        expect(lambda: cal.book("d", 10, 1441)).to_raise(ValueError)
        expect(lambda: cal.book("e", 10.5, 20)).to_raise(ValueError)
