#!/usr/bin/env python3
"""Builds the UN/LOCODE directory that module `domain` ships as a resource.

Reads the reference files in ../shared/data/unlocode (relative to the project root) and writes
domain/src/main/resources/org/harbormaster/identity/unlocode.tsv.gz: one line a location with
code, ASCII name, subdivision, function string, latitude, longitude and IANA time zone.

Sources (see UNLOCODE-SOURCE.md next to the resource):
  * UNECE UN/LOCODE 2024-2, code list parts 2 and 3 (countries GA to ZW), Latin-1, no header;
  * nspcc-dev/locode-db (MIT), a compilation of UN/LOCODE with coordinates, used for the countries
    that part 1 (AD to FR) would have held;
  * marchah/sea-ports (MIT), 1,634 sea ports: to mark compilation entries as sea ports, and to place
    ports UN/LOCODE gives no coordinates when choosing their zone. Its time zones are NOT used: many
    are wrong (America/Chicago for Oakland, Asia/Tehran for Bangkok);
  * the IANA tz database (public domain), its zone.tab as installed by Debian's tzdata package at
    generation time (/usr/share/zoneinfo/zone.tab): which zones each country has, and each zone's
    principal location. The tzdata version is written into the resource's header.

Time zones (ZoneAssigner): the candidates of a location are the zones zone.tab lists for its country.
  1. A few single codes have their own zone (CODE_ZONES: Busingen, Broken Hill, Lord Howe, the South
     Pole, and entries whose subdivision is missing or wrong in the source).
  2. One candidate: that zone.
  3. The location's subdivision is in SUBDIVISION_ZONES (US, CA, AU, MX, BR, RU, and the countries whose
     smaller zones follow provinces, after the comments of the tz database): that zone. The table wins
     over coordinates because principal locations are a poor guide in those countries (Seattle is
     nearer Boise than Los Angeles, Dunedin nearer the Chatham Islands than Auckland, Odesa nearer
     Simferopol than Kyiv).
  4. Coordinates: the zone of the nearest reference point, by great-circle distance. Reference points
     are the candidates' principal locations in zone.tab, and the country's located entries whose zone
     came from rule 1 or 3. In a country without a table that is simply the nearest principal location.
     A zone of one small place or island group (ZONE_REACH_KM: Thule, the Canaries, Chatham...) is
     only taken within a set distance of its principal location. An entry without coordinates that the
     sea-ports list holds is placed at that list's position (Nakhodka, Korsakov); the position serves
     this rule only and is not written out.
  5. No coordinates: the zone most of the country's located entries got (ties: first by name), or
     where none is located (UM) the country's first zone in zone.tab.
  Countries zone.tab does not list (XK, HM, XZ) keep FALLBACK_COUNTRY_ZONES, then UTC. Asia/Urumqi is
  not used (ZONES_NOT_USED), and zones newer than the JDK's tz data are written as an older zone with
  the same offsets (ZONES_NEWER_THAN_JDK).
  Known limits: nearest-point is an approximation. A town near a zone border may take the neighbouring
  zone, and an entry without subdivision the zone of wrongly filed neighbours; a state split between
  zones gets one zone (Knoxville, Paducah, Rapid City); wrong source coordinates give wrong zones
  where the subdivision does not decide; entries with neither coordinates nor subdivision get the
  usual zone.
  Rerunning with a newer tzdata may move zones: check the JDK still knows every zone
  (UnLocodeTimeZoneTest) and extend ZONES_NEWER_THAN_JDK if not.

Usage: python3 tools/unlocode/build_unlocode_resource.py [--data DIR] [--out FILE] [--zone-tab FILE]
Python 3 standard library only; deterministic (same inputs, same bytes).
"""
import argparse
import csv
import gzip
import json
import math
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = PROJECT_ROOT.parent / "shared" / "data" / "unlocode"
DEFAULT_OUT = (PROJECT_ROOT / "domain" / "src" / "main" / "resources" / "org" / "harbormaster"
               / "identity" / "unlocode.tsv.gz")

OFFICIAL_PARTS = ["2024-2_UNLOCODE_CodeListPart2.csv", "2024-2_UNLOCODE_CodeListPart3.csv"]
COMPILATION = "nspcc-locode-db_locodes.csv"
SEA_PORTS = "sea-ports_ports.json"
DEFAULT_ZONE_TAB = Path("/usr/share/zoneinfo/zone.tab")

# The location part of a UN/LOCODE uses letters and the digits 2 to 9 (0 and 1 would be read as O and I).
CODE_PATTERN = re.compile(r"[A-Z]{2}[A-Z2-9]{3}")

# Countries spanning several zones: the zone follows the state, province or federal subject
# (ISO 3166-2 codes as UN/LOCODE writes them). A state split between zones gets the zone most of its
# people live in. "*" is every other non-empty subdivision of the country; subdivisions not listed
# (and empty ones) go to the nearest reference point (see ZoneAssigner).
SUBDIVISION_ZONES = {
    "US": {
        "AK": "America/Anchorage", "AL": "America/Chicago", "AR": "America/Chicago",
        "AS": "Pacific/Pago_Pago", "AZ": "America/Phoenix", "CA": "America/Los_Angeles",
        "CO": "America/Denver", "CT": "America/New_York", "DC": "America/New_York",
        "DE": "America/New_York", "FL": "America/New_York", "GA": "America/New_York",
        "GU": "Pacific/Guam", "HI": "Pacific/Honolulu", "IA": "America/Chicago",
        "ID": "America/Boise", "IL": "America/Chicago", "IN": "America/Indiana/Indianapolis",
        "KS": "America/Chicago", "KY": "America/New_York", "LA": "America/Chicago",
        "MA": "America/New_York", "MD": "America/New_York", "ME": "America/New_York",
        "MI": "America/Detroit", "MN": "America/Chicago", "MO": "America/Chicago",
        "MP": "Pacific/Saipan", "MS": "America/Chicago", "MT": "America/Denver",
        "NC": "America/New_York", "ND": "America/Chicago", "NE": "America/Chicago",
        "NH": "America/New_York", "NJ": "America/New_York", "NM": "America/Denver",
        "NV": "America/Los_Angeles", "NY": "America/New_York", "OH": "America/New_York",
        "OK": "America/Chicago", "OR": "America/Los_Angeles", "PA": "America/New_York",
        "PR": "America/Puerto_Rico", "RI": "America/New_York", "SC": "America/New_York",
        "SD": "America/Chicago", "TN": "America/Chicago", "TX": "America/Chicago",
        "UT": "America/Denver", "VA": "America/New_York", "VI": "America/St_Thomas",
        "VT": "America/New_York", "WA": "America/Los_Angeles", "WI": "America/Chicago",
        "WV": "America/New_York", "WY": "America/Denver",
    },
    "CA": {
        "AB": "America/Edmonton", "BC": "America/Vancouver", "MB": "America/Winnipeg",
        "NB": "America/Moncton", "NL": "America/St_Johns", "NS": "America/Halifax",
        "NT": "America/Yellowknife", "NU": "America/Iqaluit", "ON": "America/Toronto",
        "PE": "America/Halifax", "QC": "America/Toronto", "SK": "America/Regina",
        "YT": "America/Whitehorse",
    },
    "AU": {
        "ACT": "Australia/Sydney", "JBT": "Australia/Sydney", "NSW": "Australia/Sydney",
        "NT": "Australia/Darwin", "QLD": "Australia/Brisbane", "SA": "Australia/Adelaide",
        "TAS": "Australia/Hobart", "VIC": "Australia/Melbourne", "WA": "Australia/Perth",
    },
    "MX": {
        "AGU": "America/Mexico_City", "BCN": "America/Tijuana", "BCS": "America/Mazatlan",
        "CAM": "America/Merida", "CHH": "America/Chihuahua", "CHP": "America/Mexico_City",
        "CMX": "America/Mexico_City", "COA": "America/Monterrey", "COL": "America/Mexico_City",
        "DIF": "America/Mexico_City", "DUR": "America/Monterrey", "GRO": "America/Mexico_City",
        "GUA": "America/Mexico_City", "HID": "America/Mexico_City", "JAL": "America/Mexico_City",
        "MEX": "America/Mexico_City", "MIC": "America/Mexico_City", "MOR": "America/Mexico_City",
        "NAY": "America/Mazatlan", "NLE": "America/Monterrey", "OAX": "America/Mexico_City",
        "PUE": "America/Mexico_City", "QUE": "America/Mexico_City", "ROO": "America/Cancun",
        "SIN": "America/Mazatlan", "SLP": "America/Mexico_City", "SON": "America/Hermosillo",
        "TAB": "America/Mexico_City", "TAM": "America/Monterrey", "TLA": "America/Mexico_City",
        "VER": "America/Mexico_City", "YUC": "America/Merida", "ZAC": "America/Mexico_City",
    },
    "BR": {
        "AC": "America/Rio_Branco", "AL": "America/Maceio", "AM": "America/Manaus",
        "AP": "America/Belem", "BA": "America/Bahia", "CE": "America/Fortaleza",
        "DF": "America/Sao_Paulo", "ES": "America/Sao_Paulo", "GO": "America/Sao_Paulo",
        "MA": "America/Fortaleza", "MG": "America/Sao_Paulo", "MS": "America/Campo_Grande",
        "MT": "America/Cuiaba", "PA": "America/Belem", "PB": "America/Fortaleza",
        "PE": "America/Recife", "PI": "America/Fortaleza", "PR": "America/Sao_Paulo",
        "RJ": "America/Sao_Paulo", "RN": "America/Fortaleza", "RO": "America/Porto_Velho",
        "RR": "America/Boa_Vista", "RS": "America/Sao_Paulo", "SC": "America/Sao_Paulo",
        "SE": "America/Maceio", "SP": "America/Sao_Paulo", "TO": "America/Araguaina",
    },
    "RU": {
        # Kaliningrad
        "KGD": "Europe/Kaliningrad",
        # Moscow time
        "AD": "Europe/Moscow", "ARK": "Europe/Moscow", "BEL": "Europe/Moscow",
        "BRY": "Europe/Moscow", "CE": "Europe/Moscow", "CU": "Europe/Moscow",
        "DA": "Europe/Moscow", "IN": "Europe/Moscow", "IVA": "Europe/Moscow",
        "KB": "Europe/Moscow", "KC": "Europe/Moscow", "KDA": "Europe/Moscow",
        "KIR": "Europe/Kirov", "KL": "Europe/Moscow", "KLU": "Europe/Moscow",
        "KO": "Europe/Moscow", "KOS": "Europe/Moscow", "KR": "Europe/Moscow",
        "KRS": "Europe/Moscow", "LEN": "Europe/Moscow", "LIP": "Europe/Moscow",
        "ME": "Europe/Moscow", "MO": "Europe/Moscow", "MOS": "Europe/Moscow",
        "MOW": "Europe/Moscow", "MUR": "Europe/Moscow", "NEN": "Europe/Moscow",
        "NGR": "Europe/Moscow", "NIZ": "Europe/Moscow", "ORL": "Europe/Moscow",
        "PNZ": "Europe/Moscow", "PSK": "Europe/Moscow", "ROS": "Europe/Moscow",
        "RYA": "Europe/Moscow", "SE": "Europe/Moscow", "SMO": "Europe/Moscow",
        "SPE": "Europe/Moscow", "STA": "Europe/Moscow", "TA": "Europe/Moscow",
        "TAM": "Europe/Moscow", "TUL": "Europe/Moscow", "TVE": "Europe/Moscow",
        "VGG": "Europe/Volgograd", "VLA": "Europe/Moscow", "VLG": "Europe/Moscow",
        "VOR": "Europe/Moscow", "YAR": "Europe/Moscow",
        # Samara time and its neighbours (UTC+4)
        "AST": "Europe/Astrakhan", "SAM": "Europe/Samara", "SAR": "Europe/Saratov",
        "UD": "Europe/Samara", "ULY": "Europe/Ulyanovsk",
        # Yekaterinburg time (UTC+5)
        "BA": "Asia/Yekaterinburg", "CHE": "Asia/Yekaterinburg", "KGN": "Asia/Yekaterinburg",
        "KHM": "Asia/Yekaterinburg", "ORE": "Asia/Yekaterinburg", "PER": "Asia/Yekaterinburg",
        "SVE": "Asia/Yekaterinburg", "TYU": "Asia/Yekaterinburg", "YAN": "Asia/Yekaterinburg",
        # Omsk time (UTC+6)
        "OMS": "Asia/Omsk",
        # Krasnoyarsk time and its neighbours (UTC+7)
        "AL": "Asia/Barnaul", "ALT": "Asia/Barnaul", "KEM": "Asia/Novokuznetsk",
        "KK": "Asia/Krasnoyarsk", "KYA": "Asia/Krasnoyarsk", "NVS": "Asia/Novosibirsk",
        "TOM": "Asia/Tomsk", "TY": "Asia/Krasnoyarsk",
        # Irkutsk time (UTC+8)
        "BU": "Asia/Irkutsk", "IRK": "Asia/Irkutsk",
        # Yakutsk time (UTC+9)
        "AMU": "Asia/Yakutsk", "SA": "Asia/Yakutsk", "ZAB": "Asia/Chita",
        # Vladivostok time (UTC+10)
        "KHA": "Asia/Vladivostok", "PRI": "Asia/Vladivostok", "YEV": "Asia/Vladivostok",
        # Magadan and Sakhalin (UTC+11)
        "MAG": "Asia/Magadan", "SAK": "Asia/Sakhalin",
        # Kamchatka time (UTC+12)
        "CHU": "Asia/Anadyr", "KAM": "Asia/Kamchatka",
    },
    # The tables below follow the comments of the tz database (zone.tab and its region files).
    "CD": {  # Kinshasa: the west (former Kinshasa, Bas-Congo, Bandundu and Equateur provinces)
        "BC": "Africa/Kinshasa", "EQ": "Africa/Kinshasa", "KG": "Africa/Kinshasa",
        "KL": "Africa/Kinshasa", "KN": "Africa/Kinshasa", "MN": "Africa/Kinshasa",
        "MO": "Africa/Kinshasa", "NU": "Africa/Kinshasa", "SU": "Africa/Kinshasa",
        "TU": "Africa/Kinshasa", "*": "Africa/Lubumbashi",
    },
    "CL": {  # Valparaiso (VS) is left out: it holds Easter Island as well as the mainland
        "AI": "America/Coyhaique", "MA": "America/Punta_Arenas",
        "AN": "America/Santiago", "AP": "America/Santiago", "AR": "America/Santiago",
        "AT": "America/Santiago", "BI": "America/Santiago", "CO": "America/Santiago",
        "LI": "America/Santiago", "LL": "America/Santiago", "LR": "America/Santiago",
        "ML": "America/Santiago", "NB": "America/Santiago", "RM": "America/Santiago",
        "TA": "America/Santiago",
    },
    "CY": {  # Kyrenia is in Northern Cyprus; Nicosia (01) and Famagusta (04) districts are divided
        "02": "Asia/Nicosia", "03": "Asia/Nicosia", "05": "Asia/Nicosia", "06": "Asia/Famagusta",
    },
    "DE": {"*": "Europe/Berlin"},  # Busingen, the one exception, is in CODE_ZONES
    "ES": {
        "GC": "Atlantic/Canary", "TF": "Atlantic/Canary", "CE": "Africa/Ceuta", "ML": "Africa/Ceuta",
        "*": "Europe/Madrid",
    },
    "ID": {
        # Western Indonesia Time: Sumatra, Java, west and central Kalimantan
        "AC": "Asia/Jakarta", "BB": "Asia/Jakarta", "BE": "Asia/Jakarta", "BT": "Asia/Jakarta",
        "JA": "Asia/Jakarta", "JB": "Asia/Jakarta", "JI": "Asia/Jakarta", "JK": "Asia/Jakarta",
        "JT": "Asia/Jakarta", "KR": "Asia/Jakarta", "LA": "Asia/Jakarta", "RI": "Asia/Jakarta",
        "SB": "Asia/Jakarta", "SS": "Asia/Jakarta", "SU": "Asia/Jakarta", "YO": "Asia/Jakarta",
        "KB": "Asia/Pontianak", "KT": "Asia/Pontianak",
        # Central Indonesia Time: east and south Kalimantan, Sulawesi, Bali, Nusa Tenggara
        "BA": "Asia/Makassar", "GO": "Asia/Makassar", "KI": "Asia/Makassar", "KS": "Asia/Makassar",
        "KU": "Asia/Makassar", "NB": "Asia/Makassar", "NT": "Asia/Makassar", "SA": "Asia/Makassar",
        "SG": "Asia/Makassar", "SN": "Asia/Makassar", "SR": "Asia/Makassar", "ST": "Asia/Makassar",
        # Eastern Indonesia Time: the Moluccas and New Guinea
        "MA": "Asia/Jayapura", "MU": "Asia/Jayapura", "PA": "Asia/Jayapura", "PB": "Asia/Jayapura",
        "PD": "Asia/Jayapura", "PE": "Asia/Jayapura", "PS": "Asia/Jayapura", "PT": "Asia/Jayapura",
    },
    "MY": {"12": "Asia/Kuching", "13": "Asia/Kuching", "15": "Asia/Kuching", "*": "Asia/Kuala_Lumpur"},
    "NZ": {  # Canterbury (CAN) is left out: UN/LOCODE files the Chatham Islands under it
        "AUK": "Pacific/Auckland", "BOP": "Pacific/Auckland", "GIS": "Pacific/Auckland",
        "HKB": "Pacific/Auckland", "MBH": "Pacific/Auckland", "MWT": "Pacific/Auckland",
        "NSN": "Pacific/Auckland", "NTL": "Pacific/Auckland", "OTA": "Pacific/Auckland",
        "STL": "Pacific/Auckland", "TAS": "Pacific/Auckland", "TKI": "Pacific/Auckland",
        "WGN": "Pacific/Auckland", "WKO": "Pacific/Auckland", "WTC": "Pacific/Auckland",
        "CIT": "Pacific/Chatham",
    },
    "PG": {"NSB": "Pacific/Bougainville", "*": "Pacific/Port_Moresby"},
    "PT": {"20": "Atlantic/Azores", "30": "Atlantic/Madeira", "*": "Europe/Lisbon"},
    "UA": {"40": "Europe/Simferopol", "43": "Europe/Simferopol", "*": "Europe/Kyiv"},
    "UM": {"71": "Pacific/Midway", "79": "Pacific/Wake"},
}

# Single locations the rules below would get wrong: places with a zone of their own inside a subdivision,
# and entries whose subdivision is missing or wrong in the source where their neighbours mislead the
# nearest rule. They also serve as reference points for that rule.
CODE_ZONES = {
    "DEUS2": "Europe/Busingen",  # Busingen am Hochrhein, the German enclave in Switzerland
    "AUBHQ": "Australia/Broken_Hill",  # New South Wales, but on South Australian time
    "AULDH": "Australia/Lord_Howe",  # New South Wales, with its own half-hour offset
    "AQAMS": "Antarctica/McMurdo",  # Amundsen-Scott (South Pole) keeps McMurdo's New Zealand time
    # Ports and crossings in the minority zone of a split state (the table gives the state one zone)
    "USCHA": "America/New_York",  # Chattanooga, Tennessee
    "USELP": "America/Denver",  # El Paso, Texas
    "USPFN": "America/Chicago", "USPNS": "America/Chicago",  # Panama City and Pensacola, Florida
    # Russia, no subdivision: Taymyr and Turukhansk (Krasnoyarsk Krai), Komi, Nizhnekolymsky (Sakha);
    # Tazovskiy and Yamburg (Yamalo-Nenets) are filed under Nenets (NEN)
    "RUDKS": "Asia/Krasnoyarsk", "RUDUD": "Asia/Krasnoyarsk", "RUHTG": "Asia/Krasnoyarsk",
    "RUIAA": "Asia/Krasnoyarsk", "RUNSK": "Asia/Krasnoyarsk", "RUINA": "Europe/Moscow",
    "RUVKT": "Europe/Moscow", "RUCYX": "Asia/Srednekolymsk", "RUTAZ": "Asia/Yekaterinburg",
    "RUYAM": "Asia/Yekaterinburg",
    # Indonesia: Kisaran and Tarutung (North Sumatra) are filed under North Sulawesi (SA), Tangkiang
    # (Central Sulawesi) under Banten (BT)
    "IDKIS": "Asia/Jakarta", "IDTRT": "Asia/Jakarta", "IDTGK": "Asia/Makassar",
}

# Zones that cover one small place or island group, in km from their principal location: the nearest
# rule hands them nothing farther away, however near their principal location is (the Tuamotu atolls
# are nearer Marquesas and Gambier than Tahiti, Upernavik nearer Thule than Nuuk), nor to an entry
# whose coordinates are plainly wrong (Spanish towns placed in the Atlantic).
ZONE_REACH_KM = {
    "Africa/Ceuta": 20, "America/Danmarkshavn": 300, "America/Scoresbysund": 100,
    "America/Thule": 50, "Atlantic/Azores": 700, "Atlantic/Canary": 400, "Atlantic/Madeira": 150,
    "Europe/Busingen": 10, "Europe/Kaliningrad": 250, "Pacific/Bougainville": 300,
    "Pacific/Chatham": 300, "Pacific/Easter": 100, "Pacific/Galapagos": 400,
    "Pacific/Gambier": 100, "Pacific/Kwajalein": 100, "Pacific/Marquesas": 400,
}
EARTH_RADIUS_KM = 6371.0

# zone.tab zones left out of the candidates. Xinjiang's official time, which its airports, railways
# and customs keep, is Beijing time; Asia/Urumqi is the unofficial local time the tz database records.
ZONES_NOT_USED = {"Asia/Urumqi"}

# Zones newer than the tz data of the JDK Harbormaster runs on (17.0.15: tzdata 2025a), which could not
# load them; each is written as an older zone with the same offsets from its creation on.
ZONES_NEWER_THAN_JDK = {
    "America/Coyhaique": "America/Punta_Arenas",  # tzdata 2025b: Aysen keeps -03 all year since 2025
}

# Zones for countries that zone.tab does not list (XK, Kosovo, if it appears). Kept from the time the
# sea-ports list gave the zones, when this table named every landlocked country and the territories the
# list missed. Anything else gets UTC: of the lists at hand HM (Heard and McDonald Islands) and XZ
# (installations in international waters).
FALLBACK_COUNTRY_ZONES = {
    # landlocked
    "AD": "Europe/Andorra", "AF": "Asia/Kabul", "AM": "Asia/Yerevan", "AT": "Europe/Vienna",
    "AZ": "Asia/Baku", "BF": "Africa/Ouagadougou", "BI": "Africa/Bujumbura",
    "BO": "America/La_Paz", "BT": "Asia/Thimphu", "BW": "Africa/Gaborone", "BY": "Europe/Minsk",
    "CF": "Africa/Bangui", "CH": "Europe/Zurich", "CZ": "Europe/Prague",
    "ET": "Africa/Addis_Ababa", "HU": "Europe/Budapest", "KG": "Asia/Bishkek",
    "KZ": "Asia/Almaty", "LA": "Asia/Vientiane", "LI": "Europe/Vaduz", "LS": "Africa/Maseru",
    "LU": "Europe/Luxembourg", "MD": "Europe/Chisinau", "MK": "Europe/Skopje",
    "ML": "Africa/Bamako", "MN": "Asia/Ulaanbaatar", "MW": "Africa/Blantyre",
    "NE": "Africa/Niamey", "NP": "Asia/Kathmandu", "PY": "America/Asuncion",
    "RS": "Europe/Belgrade", "RW": "Africa/Kigali", "SK": "Europe/Bratislava",
    "SM": "Europe/San_Marino", "SS": "Africa/Juba", "SZ": "Africa/Mbabane",
    "TD": "Africa/Ndjamena", "TJ": "Asia/Dushanbe", "TM": "Asia/Ashgabat",
    "UG": "Africa/Kampala", "UZ": "Asia/Tashkent", "VA": "Europe/Vatican",
    "XK": "Europe/Belgrade", "ZM": "Africa/Lusaka", "ZW": "Africa/Harare",
    # coastal, but without a port in the sea-ports list
    "BA": "Europe/Sarajevo", "BQ": "America/Kralendijk", "CC": "Indian/Cocos",
    "CK": "Pacific/Rarotonga", "CX": "Indian/Christmas", "EH": "Africa/El_Aaiun",
    "GG": "Europe/Guernsey", "GL": "America/Nuuk", "GS": "Atlantic/South_Georgia",
    "IM": "Europe/Isle_of_Man", "IO": "Indian/Chagos", "JE": "Europe/Jersey",
    "MF": "America/Marigot", "MS": "America/Montserrat", "NF": "Pacific/Norfolk",
    "NR": "Pacific/Nauru", "NU": "Pacific/Niue", "PM": "America/Miquelon",
    "PN": "Pacific/Pitcairn", "PS": "Asia/Hebron", "PW": "Pacific/Palau",
    "SH": "Atlantic/St_Helena", "SJ": "Arctic/Longyearbyen", "SX": "America/Lower_Princes",
    "TF": "Indian/Kerguelen", "TK": "Pacific/Fakaofo", "TL": "Asia/Dili",
    "TV": "Pacific/Funafuti", "WF": "Pacific/Wallis",
}

FALLBACK_ZONE = "UTC"

ASCII_REPLACEMENTS = {"\u2019": "'", "\u2018": "'", "\u0092": "'", "\u00a0": " ", "\u2010": "-"}


def to_ascii(text):
    for char, replacement in ASCII_REPLACEMENTS.items():
        text = text.replace(char, replacement)
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join(decomposed.encode("ascii", "ignore").decode("ascii").split())


def official_coordinates(text):
    """'3346N 11811W' (degrees and minutes) as decimal degrees, or None when absent or malformed."""
    match = re.fullmatch(r"(\d{2})(\d{2})([NS]) (\d{3})(\d{2})([EW])", text.strip())
    if not match:
        return None
    if int(match.group(2)) >= 60 or int(match.group(5)) >= 60:
        return None
    lat = int(match.group(1)) + int(match.group(2)) / 60
    lon = int(match.group(4)) + int(match.group(5)) / 60
    return on_the_globe(-lat if match.group(3) == "S" else lat, -lon if match.group(6) == "W" else lon)


def on_the_globe(lat, lon):
    """The pair, or None when it cannot be a place (the lists hold a few, such as longitude 381)."""
    return (lat, lon) if abs(lat) <= 90 and abs(lon) <= 180 else None


def read_official(data_dir, report):
    """Locations of parts 2 and 3; the first entry of a code wins (later ones are alternative names)."""
    locations = {}
    countries = set()
    for part in OFFICIAL_PARTS:
        with open(data_dir / part, encoding="latin-1", newline="") as file:
            for row in csv.reader(file):
                change, country, place, _, ascii_name, subdivision, functions = row[:7]
                countries.add(country)
                if not place:
                    continue  # a country heading or a reference entry ("Peking = Beijing")
                if change.upper() == "X":
                    report["marked for deletion"] += 1
                    continue
                code = country + place
                if not CODE_PATTERN.fullmatch(code):
                    report["malformed code: " + code] += 1
                    continue
                if code in locations:
                    report["alternative name entries"] += 1
                    continue
                coordinates = official_coordinates(row[10]) if row[10] else None
                if row[10] and coordinates is None:
                    # e.g. '5260N' (60 minutes) or '38150E': left out, and not taken from the compilation,
                    # which derived its values from the same broken text
                    report["official coordinates malformed or impossible, left out"] += 1
                locations[code] = {
                    "name": to_ascii(ascii_name), "subdivision": subdivision.strip(),
                    "functions": functions.strip(), "coordinates": coordinates,
                    "coordinates given": bool(row[10]),
                }
    return locations, countries


def read_compilation(data_dir, official, official_countries, report):
    """Locations of the countries the official parts at hand do not cover (part 1, AD to FR).

    For the other countries the compilation only lends coordinates to official entries without any.
    """
    locations = {}
    with open(data_dir / COMPILATION, encoding="utf-8", newline="") as file:
        for code, name, _, subdivision, _, lat, lon in csv.reader(file):
            if code[:2] in official_countries:
                coordinates = on_the_globe(float(lat), float(lon)) if lat and lon else None
                if code in official and not official[code]["coordinates given"] and coordinates:
                    official[code]["coordinates"] = coordinates
                    report["official entries given the compilation's coordinates"] += 1
                continue
            if not CODE_PATTERN.fullmatch(code):
                report["malformed code: " + code] += 1
                continue
            coordinates = on_the_globe(float(lat), float(lon)) if lat and lon else None
            if lat and lon and coordinates is None:
                report["impossible coordinates: " + code + " " + lat + " " + lon] += 1
            locations[code] = {
                "name": to_ascii(name), "subdivision": subdivision.strip(), "functions": "",
                "coordinates": coordinates,
            }
    return locations


def read_sea_ports(data_dir):
    """Position (or None) by code of the sea-ports list: each port's own code and its alternative codes.

    The list's time zones are not read: too many are wrong (America/Chicago for Oakland).
    """
    with open(data_dir / SEA_PORTS, encoding="utf-8") as file:
        ports = json.load(file)
    positions = {}
    for key in sorted(ports):
        port = ports[key]
        coordinates = port.get("coordinates")
        position = None
        if coordinates and len(coordinates) == 2:
            lon, lat = coordinates
            position = on_the_globe(lat, lon)
        for code in [key] + [alias for alias in port.get("unlocs", []) if alias != key]:
            if positions.get(code) is None:
                positions[code] = position
    return positions


def iso6709(text):
    """'+404251-0740023' or '+4230+00131' (zone.tab's sign-degrees-minutes[-seconds]) as decimal degrees."""
    match = re.fullmatch(r"([+-])(\d{2})(\d{2})(\d{2})?([+-])(\d{3})(\d{2})(\d{2})?", text)
    if not match:
        raise ValueError("unexpected coordinates in zone.tab: " + text)
    lat = int(match.group(2)) + int(match.group(3)) / 60 + int(match.group(4) or 0) / 3600
    lon = int(match.group(6)) + int(match.group(7)) / 60 + int(match.group(8) or 0) / 3600
    return (-lat if match.group(1) == "-" else lat, -lon if match.group(5) == "-" else lon)


def read_zone_tab(zone_tab):
    """Country code to its zones [(zone, latitude, longitude)] in zone.tab's order, and the tzdata version."""
    if not zone_tab.is_file():
        sys.exit(f"{zone_tab} not found: install the tz database (Debian: apt-get install tzdata) "
                 "or give its zone.tab with --zone-tab")
    zones = {}
    with open(zone_tab, encoding="utf-8") as file:
        for line in file:
            if line.startswith("#") or not line.strip():
                continue
            countries, coordinates, zone = line.rstrip("\n").split("\t")[:3]
            lat, lon = iso6709(coordinates)
            for country in countries.split(","):
                zones.setdefault(country, []).append((zone, lat, lon))
    version = "unknown version"
    version_file = zone_tab.parent / "tzdata.zi"
    if version_file.is_file():
        with open(version_file, encoding="utf-8") as file:
            first = file.readline().strip()
        if first.startswith("# version "):
            version = first[len("# version "):]
    return zones, version


def distance(lat1, lon1, lat2, lon2):
    """Great-circle distance in radians; only the order of distances matters here."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * math.asin(min(1.0, math.sqrt(a)))


class ZoneAssigner:
    """Zones from zone.tab's candidates per country; the rules are in the module's docstring."""

    def __init__(self, zone_tab, locations, port_positions):
        self.port_positions = port_positions
        self.candidates = {}
        for country, zones in zone_tab.items():
            usable = [zone for zone in zones if zone[0] not in ZONES_NOT_USED]
            if usable:
                self.candidates[country] = usable
        self.fixed = {}  # code -> (zone, rule) for the rules that need no neighbours
        self.reference_points = {}  # country -> [(lat, lon, zone)]
        self.principal_location = {}
        for country, zones in self.candidates.items():
            self.reference_points[country] = [(lat, lon, zone) for zone, lat, lon in zones]
            self.principal_location.update({zone: (lat, lon) for zone, lat, lon in zones})
        for code in sorted(locations):
            fixed = self._fixed_zone(code, locations[code])
            if fixed:
                self.fixed[code] = fixed
                coordinates = self._position(code, locations[code])
                if coordinates and fixed[1] in ("code table", "subdivision table"):
                    point = (coordinates[0], coordinates[1], fixed[0])
                    self.reference_points.setdefault(code[:2], []).append(point)
        # The zone most of the country's located entries get, for its entries without coordinates.
        zones_of_located = {}
        for code in sorted(locations):
            if self._position(code, locations[code]):
                zones_of_located.setdefault(code[:2], Counter())[self._zone(code, locations[code])[0]] += 1
        # A country none of whose entries is located (UM) takes its first zone in zone.tab.
        self.usual_zone = {country: zones[0][0] for country, zones in self.candidates.items()}
        self.usual_zone.update({
            country: min(counts.items(), key=lambda item: (-item[1], item[0]))[0]
            for country, counts in zones_of_located.items()
        })

    def _fixed_zone(self, code, location):
        country = code[:2]
        if code in CODE_ZONES:
            return CODE_ZONES[code], "code table"
        candidates = self.candidates.get(country)
        if not candidates:
            if country in FALLBACK_COUNTRY_ZONES:
                return FALLBACK_COUNTRY_ZONES[country], "fallback country table"
            return FALLBACK_ZONE, "UTC fallback"
        if len(candidates) == 1:
            return candidates[0][0], "the country's only zone"
        table = SUBDIVISION_ZONES.get(country, {})
        subdivision = location["subdivision"]
        by_subdivision = table.get(subdivision) or (table.get("*") if subdivision else None)
        if by_subdivision:
            return by_subdivision, "subdivision table"
        return None

    def _within_reach(self, lat, lon, zone):
        if zone not in ZONE_REACH_KM:
            return True
        zone_lat, zone_lon = self.principal_location[zone]
        return distance(lat, lon, zone_lat, zone_lon) * EARTH_RADIUS_KM <= ZONE_REACH_KM[zone]

    def _position(self, code, location):
        """The entry's coordinates, else the sea-ports list's position of the port (for the zone only)."""
        return location["coordinates"] or self.port_positions.get(code)

    def _zone(self, code, location):
        if code in self.fixed:
            return self.fixed[code]
        position = self._position(code, location)
        if position:
            lat, lon = position
            points = [point for point in self.reference_points[code[:2]]
                      if self._within_reach(lat, lon, point[2])]
            nearest = min(points,
                          key=lambda point: (distance(lat, lon, point[0], point[1]), point[2], point[:2]))
            rule = "nearest reference point" + ("" if location["coordinates"] else " (sea-ports position)")
            return nearest[2], rule
        return None

    def zone(self, code, location):
        """The zone (as the JDK knows it) and the rule that gave it."""
        zone, rule = self._zone(code, location) or (self.usual_zone[code[:2]], "usual zone of the country")
        return ZONES_NEWER_THAN_JDK.get(zone, zone), rule


def format_degrees(value):
    return "" if value is None else f"{value:.4f}".rstrip("0").rstrip(".")


def build(data_dir, out_file, zone_tab_file):
    report = Counter()
    official, official_countries = read_official(data_dir, report)
    compiled = read_compilation(data_dir, official, official_countries, report)
    sea_ports = read_sea_ports(data_dir)  # position (or None) by code
    zone_tab, tzdata_version = read_zone_tab(zone_tab_file)
    locations = {**compiled, **official}
    for code, location in compiled.items():
        if code in sea_ports:
            location["functions"] = "1-------"  # listed as a sea port; other functions unknown
            report["compilation entries marked as sea port"] += 1

    assigner = ZoneAssigner(zone_tab, locations, sea_ports)
    lines = []
    for code in sorted(locations):
        location = locations[code]
        zone, rule = assigner.zone(code, location)
        report["zone by " + rule] += 1
        if rule in ("UTC fallback", "fallback country table"):
            report[rule + " " + code[:2]] += 1
        lat, lon = location["coordinates"] or (None, None)
        lines.append("\t".join([code, location["name"], location["subdivision"], location["functions"],
                                format_degrees(lat), format_degrees(lon), zone]))

    header = [
        "# UN/LOCODE directory for Harbormaster, generated by tools/unlocode/build_unlocode_resource.py",
        "# Sources: UNECE UN/LOCODE 2024-2 parts 2 and 3 (GA-ZW); nspcc-dev/locode-db (MIT) for AD-FR;",
        f"# time zones from the IANA tz database (public domain) zone.tab, tzdata {tzdata_version}, and the",
        "# script's tables; sea ports of AD-FR from marchah/sea-ports (MIT). See UNLOCODE-SOURCE.md.",
        "# code\tname\tsubdivision\tfunctions\tlatitude\tlongitude\tzone",
    ]
    text = "\n".join(header + lines) + "\n"
    out_file.parent.mkdir(parents=True, exist_ok=True)
    with open(out_file, "wb") as raw:
        with gzip.GzipFile(filename="unlocode.tsv", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(text.encode("utf-8"))

    print(f"wrote {len(lines)} locations to {out_file} ({out_file.stat().st_size} bytes)")
    print(f"  official (GA-ZW): {len(official)}, compilation (other countries): {len(compiled)}")
    print(f"  zones from {zone_tab_file}, tzdata {tzdata_version}")
    for what, count in sorted(report.items()):
        print(f"  {what}: {count}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the UN/LOCODE files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the .tsv.gz file to write")
    parser.add_argument("--zone-tab", type=Path, default=DEFAULT_ZONE_TAB,
                        help="the tz database's zone.tab (default: Debian tzdata's)")
    args = parser.parse_args()
    build(args.data, args.out, args.zone_tab)
    return 0


if __name__ == "__main__":
    sys.exit(main())
