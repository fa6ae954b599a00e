"""Money and date formatting in the styles Irish (and one continental) suppliers print."""
import datetime
from decimal import Decimal, ROUND_HALF_UP

C2 = Decimal("0.01")


def q2(x):
    return Decimal(x).quantize(C2, rounding=ROUND_HALF_UP)


def plain(x):
    """Truth form: plain decimal string with two decimals."""
    return str(q2(x))


def group(x, thousands=",", decimal=".", neg="-"):
    x = q2(x)
    sign = neg if x < 0 else ""
    s = "%.2f" % abs(x)
    ip, fp = s.split(".")
    if thousands:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = thousands.join(parts)
    return sign + ip + decimal + fp


class Money:
    """style: 'ie' 1,234.56 | 'plain' 1234.56 | 'eu' 1.234,56 | 'eus' 1 234,56"""

    def __init__(self, style="ie", cur="", cur_pos="pre", neg="-"):
        self.style, self.cur, self.cur_pos, self.neg = style, cur, cur_pos, neg

    def num(self, x):
        t, d = {"ie": (",", "."), "plain": ("", "."), "eu": (".", ","), "eus": ("\u00a0", ",")}[self.style]
        s = group(x, t, d)
        if s.startswith("-") and self.neg != "-":
            s = {"()": "(%s)" % s[1:], "CR": s[1:] + " CR", "trail": s[1:] + "-"}[self.neg]
        return s

    def __call__(self, x, cur=True):
        s = self.num(x)
        if not cur or not self.cur:
            return s
        if self.cur_pos in ("pre", "pre_sp"):
            sign = ""
            if s.startswith("-"):
                sign, s = "-", s[1:]
            return sign + self.cur + (" " if self.cur_pos == "pre_sp" else "") + s
        return s + " " + self.cur


def qty_str(q, style="ie"):
    q = Decimal(q)
    s = format(q.normalize(), "f") if q == q.to_integral() else format(q, "f")
    if style in ("eu", "eus"):
        s = s.replace(".", ",")
    return s


def rate_pct(rate, style="ie"):
    p = (Decimal(rate) * 100).normalize()
    s = format(p, "f")
    if style in ("eu", "eus"):
        s = s.replace(".", ",")
    return s + "%"


def rate_truth(rate):
    r = Decimal(rate)
    s = format(r.normalize(), "f")
    if "." not in s:
        s += ".00"
    elif len(s.split(".")[1]) < 2:
        s += "0"
    return s


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def date_str(d, style):
    m, dn = MONTHS[d.month - 1], DAYS[d.weekday()]
    return {
        "dmy": "%02d/%02d/%04d" % (d.day, d.month, d.year),        # 04/12/2026
        "dmy_short": "%02d/%02d/%02d" % (d.day, d.month, d.year % 100),  # 04/12/26
        "d_mon_y": "%d %s %d" % (d.day, m[:3], d.year),            # 4 Dec 2026
        "dd_mon_y": "%02d %s %d" % (d.day, m[:3].upper(), d.year),  # 04 DEC 2026
        "ord": "%s %s %d" % (ordinal(d.day), m, d.year),           # 4th December 2026
        "iso": d.isoformat(),                                      # 2026-12-04
        "long_day": "%s %d %s %d" % (dn, d.day, m, d.year),        # Friday 4 December 2026
        "d_month_y": "%d %s %d" % (d.day, m, d.year),              # 4 December 2026
        "dots": "%02d.%02d.%04d" % (d.day, d.month, d.year),       # 04.12.2026
        "dd_mon_yy": "%02d-%s-%02d" % (d.day, m[:3], d.year % 100),  # 04-Dec-26
        "d_m_y": "%d/%d/%d" % (d.day, d.month, d.year),            # 4/12/2026
        "d_m_yy": "%d/%d/%02d" % (d.day, d.month, d.year % 100),   # 4/12/26
        "dd_month_y_fr": "%02d/%02d/%04d" % (d.day, d.month, d.year),
    }[style]


def add_days(d, n):
    return d + datetime.timedelta(days=n)


def end_of_next_month(d):
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    nxt = datetime.date(y + (m == 12), 1 if m == 12 else m + 1, 1)
    return nxt - datetime.timedelta(days=1)
