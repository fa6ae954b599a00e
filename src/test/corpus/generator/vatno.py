"""VAT registration numbers that pass their published check rules.

Irish (IE): 7 digits + check letter [+ second letter A/H/W] (new form) or
digit, letter, 5 digits, check letter (old form, e.g. IE8Z49289F).
UK (GB) and Northern Ireland (XI): 9 digits, mod-97 ("97" and "9755" variants).
France (FR): 2-digit key + 9-digit SIREN (Luhn).  Germany (DE): ISO 7064 MOD 11,10.
"""

IE_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"          # index = remainder mod 23
IE_SECOND = {"W": 0, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8}


def ie_check_letter(seven_digits, second=""):
    total = sum(int(d) * w for d, w in zip(seven_digits, range(8, 1, -1)))
    if second:
        total += IE_SECOND[second] * 9
    return IE_LETTERS[total % 23]


def ie_new(seven_digits, second=""):
    return "IE" + seven_digits + ie_check_letter(seven_digits, second) + second


def ie_old(first_digit, letter, five_digits):
    """Old form IE1X23456T: check computed on '0' + five digits + first digit."""
    return "IE" + first_digit + letter + five_digits + ie_check_letter("0" + five_digits + first_digit)


def ie_valid(v):
    v = v.upper().replace(" ", "")
    if v.startswith("IE"):
        v = v[2:]
    if len(v) == 8 and v[0].isdigit() and (v[1].isalpha() or v[1] in "+*") and v[2:7].isdigit():
        return v[7] == ie_check_letter("0" + v[2:7] + v[0])
    if len(v) in (8, 9) and v[:7].isdigit():
        second = v[8] if len(v) == 9 else ""
        if second and second not in IE_SECOND:
            return False
        return v[7] == ie_check_letter(v[:7], second)
    return False


def _gb_sum(nine):
    return sum(int(d) * w for d, w in zip(nine[:7], range(8, 1, -1))) + int(nine[7:9])


def gb_number(seven_digits, scheme9755=False, prefix="GB"):
    s = sum(int(d) * w for d, w in zip(seven_digits, range(8, 1, -1))) + (55 if scheme9755 else 0)
    check = (-s) % 97
    return prefix + seven_digits + "%02d" % check


def gb_valid(v):
    v = v.upper().replace(" ", "")
    if v[:2] in ("GB", "XI"):
        v = v[2:]
    if len(v) != 9 or not v.isdigit():
        return False
    s = _gb_sum(v)
    return s % 97 == 0 or (s + 55) % 97 == 0


def luhn_ok(num):
    tot = 0
    for i, d in enumerate(reversed(num)):
        n = int(d)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(eight):
    for d in "0123456789":
        if luhn_ok(eight + d):
            return eight + d
    raise ValueError


def fr_number(siren):
    key = (12 + 3 * (int(siren) % 97)) % 97
    return "FR%02d%s" % (key, siren)


def fr_valid(v):
    v = v.upper().replace(" ", "")[2:]
    return len(v) == 11 and v.isdigit() and luhn_ok(v[2:]) and int(v[:2]) == (12 + 3 * (int(v[2:]) % 97)) % 97


def de_check(eight):
    p = 10
    for d in eight:
        s = (int(d) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return "0" if c == 10 else str(c % 10)


def de_number(eight):
    return "DE" + eight + de_check(eight)


def de_valid(v):
    v = v.upper().replace(" ", "")[2:]
    return len(v) == 9 and v.isdigit() and v[0] != "0" and de_check(v[:8]) == v[8]


def valid(v):
    c = v.upper().replace(" ", "")[:2]
    return {"IE": ie_valid, "GB": gb_valid, "XI": gb_valid, "FR": fr_valid, "DE": de_valid}[c](v)


if __name__ == "__main__":
    assert ie_valid("IE6388047V") and ie_valid("IE8Z49289F")
    assert fr_valid("FR60421938861"), "Free SAS"
    assert de_valid("DE136695976")        # published example
    assert gb_valid("GB980780684")        # HMRC published example
    print("vatno self-test ok")
