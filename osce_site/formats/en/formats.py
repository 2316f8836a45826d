# English as the site writes it: "1 December 2026" and "1 December 2026, 09:30" (Django's en-gb
# says "1 Dec 2026, 9:30 a.m."). Every other format is Django's.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
