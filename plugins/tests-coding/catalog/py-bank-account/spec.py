from spec import describe, it, expect
from solution import Account, InsufficientFunds

with describe("Account"):
    @it("opens with an owner and a balance")
    def _():
        account = Account("ada", 10)
        expect(account.owner).to_be("ada")
        expect(account.balance).to_equal(10)
        expect(Account("bob").balance).to_equal(0)

    @it("deposits and withdraws, returning the new balance")
    def _():
        account = Account("ada", 10)
        expect(account.deposit(5)).to_equal(15)
        expect(account.withdraw(12)).to_equal(3)
        expect(account.balance).to_equal(3)

    @it("allows withdrawing exactly the balance")
    def _():
        account = Account("ada", 10)
        expect(account.withdraw(10)).to_equal(0)

    @it("raises InsufficientFunds, an Exception, and changes nothing")
    def _():
        account = Account("ada", 10)
        expect(lambda: account.withdraw(11)).to_raise(InsufficientFunds)
        expect(lambda: account.withdraw(11)).to_raise(Exception)
        expect(account.balance).to_equal(10)
        expect(account.history()).to_equal([])

    @it("records history as tuples, oldest first")
    def _():
        account = Account("ada", 1)
        account.deposit(2)
        account.withdraw(3)
        expect(account.history()).to_equal([("deposit", 2), ("withdraw", 3)])

    @it("rejects non-positive or non-numeric amounts with ValueError")
    def _():
        account = Account("ada", 10)
        for bad in (0, -1, "5", None, True):
            expect(lambda: account.deposit(bad)).to_raise(ValueError)
            expect(lambda: account.withdraw(bad)).to_raise(ValueError)
        expect(account.balance).to_equal(10)

    @it("validates the owner and the opening balance")
    def _():
        expect(lambda: Account("")).to_raise(ValueError)
        expect(lambda: Account(42)).to_raise(ValueError)
        expect(lambda: Account("ada", -1)).to_raise(ValueError)

    @it("has a read-only balance")
    def _():
        account = Account("ada", 10)
        def assign():
            account.balance = 1000
        expect(assign).to_raise(AttributeError)
        expect(account.balance).to_equal(10)

    @it("transfers between accounts")
    def _():
        a = Account("ada", 10)
        b = Account("bob", 1)
        a.transfer(b, 4)
        expect(a.balance).to_equal(6)
        expect(b.balance).to_equal(5)
        expect(b.history()).to_equal([("deposit", 4)])

    @it("leaves both accounts unchanged when a transfer cannot be covered")
    def _():
        a = Account("ada", 3)
        b = Account("bob", 1)
        expect(lambda: a.transfer(b, 4)).to_raise(InsufficientFunds)
        expect(a.balance).to_equal(3)
        expect(b.balance).to_equal(1)
        expect(b.history()).to_equal([])
