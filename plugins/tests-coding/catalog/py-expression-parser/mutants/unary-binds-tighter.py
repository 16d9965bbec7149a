import re


class ParseError(ValueError):
    """The expression does not follow the grammar."""


_TOKEN = re.compile(r"\s*(?:(\d+\.\d+|\d+|\.\d+)|(\*\*|[-+*/%()]))")


def _tokenize(expression):
    tokens = []
    position = 0
    text = expression.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match:
            raise ParseError(f"unexpected character at {position}: {text[position:position + 1]!r}")
        number, operator = match.groups()
        if number is not None:
            tokens.append(("num", float(number) if "." in number else int(number)))
        else:
            tokens.append(("op", operator))
        position = match.end()
    return tokens


class _Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.index = 0

    def peek(self):
        return self.tokens[self.index] if self.index < len(self.tokens) else (None, None)

    def take(self, value=None):
        kind, token = self.peek()
        if kind is None or (value is not None and token != value):
            raise ParseError(f"expected {value or 'a token'} at token {self.index}")
        self.index += 1
        return kind, token

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            _, op = self.take()
            right = self.term()
            value = value + right if op == "+" else value - right
        return value

    def term(self):
        value = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            _, op = self.take()
            right = self.unary()
            if op == "*":
                value = value * right
            elif op == "/":
                value = value / right
            else:
                value = value % right
        return value

    def unary(self):
        if self.peek() in (("op", "+"), ("op", "-")):
            _, op = self.take()
            value = self.atom() if self.peek()[0] == "num" else self.unary()
            value = -value if op == "-" else +value
            if self.peek() == ("op", "**"):
                self.take()
                return value ** self.unary()
            return value
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        kind, token = self.take()
        if kind == "num":
            return token
        if token == "(":
            value = self.expr()
            self.take(")")
            return value
        raise ParseError(f"unexpected {token!r}")


def evaluate(expression):
    parser = _Parser(_tokenize(expression))
    if not parser.tokens:
        raise ParseError("empty expression")
    value = parser.expr()
    if parser.index != len(parser.tokens):
        raise ParseError(f"unexpected token at {parser.index}")
    return value
