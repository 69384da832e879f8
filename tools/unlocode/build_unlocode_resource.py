#!/usr/bin/env python3
"""Builds the UN/LOCODE directory that module `domain` ships as a resource.

Reads the reference files in ../shared/data/unlocode (relative to the project root) and writes
domain/src/main/resources/org/harbormaster/identity/unlocode.tsv.gz: one line a location with
code, ASCII name, subdivision, function string, latitude, longitude and IANA time zone.

Sources (see UNLOCODE-SOURCE.md next to the resource):
  * UNECE UN/LOCODE 2024-2, code list parts 2 and 3 (countries GA to ZW), Latin-1, no header;
  * nspcc-dev/locode-db (MIT), a compilation of UN/LOCODE with coordinates, used for the countries
    that part 1 (AD to FR) would have held;
  * marchah/sea-ports (MIT), 1,634 sea ports with their time zones.

Usage: python3 tools/unlocode/build_unlocode_resource.py [--data DIR] [--out FILE]
Python 3 standard library only.
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

# The location part of a UN/LOCODE uses letters and the digits 2 to 9 (0 and 1 would be read as O and I).
CODE_PATTERN = re.compile(r"[A-Z]{2}[A-Z2-9]{3}")

# Countries spanning several zones: the zone follows the state, province or federal subject.
# A state split between zones gets the zone most of its people live in.
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
}

# Countries that have no port (with a zone) in the sea-ports list: every landlocked country,
# and the territories that the list happens to miss. Anything else without a port gets UTC.
COUNTRIES_WITHOUT_PORTS = {
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


def known_zone_names():
    """The zone names this Python knows, to drop misspelt zones from the sea-ports list."""
    try:
        import zoneinfo
        names = zoneinfo.available_timezones()
        return names if names else None
    except ImportError:
        return None


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


def read_sea_ports(data_dir, report):
    """Zone by code (a port's own code and its alternative codes), and ports with coordinates."""
    valid_zones = known_zone_names()
    with open(data_dir / SEA_PORTS, encoding="utf-8") as file:
        ports = json.load(file)
    zone_by_code = {}
    located = []
    for key, port in ports.items():
        zone = port.get("timezone")
        if zone and valid_zones is not None and zone not in valid_zones:
            report["sea-ports zone not in the tz database: " + key + " " + zone] += 1
            zone = None
        if not zone:
            continue
        for code in [key] + [alias for alias in port.get("unlocs", []) if alias != key]:
            zone_by_code.setdefault(code, zone)
        coordinates = port.get("coordinates")
        if coordinates and len(coordinates) == 2:
            lon, lat = coordinates
            located.append((key[:2], lat, lon, zone))
    return zone_by_code, located


def distance(lat1, lon1, lat2, lon2):
    """Great-circle distance in radians; only the order of distances matters here."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * math.asin(min(1.0, math.sqrt(a)))


class ZoneAssigner:
    def __init__(self, zone_by_code, located_ports):
        self.zone_by_code = zone_by_code
        self.ports_by_country = {}
        for country, lat, lon, zone in located_ports:
            self.ports_by_country.setdefault(country, []).append((lat, lon, zone))
        self.usual_zone = {
            country: Counter(zone for _, _, zone in ports).most_common(1)[0][0]
            for country, ports in self.ports_by_country.items()
        }

    def zone(self, code, location):
        """The zone and the rule that gave it."""
        country = code[:2]
        if code in self.zone_by_code:
            return self.zone_by_code[code], "sea-ports entry"
        by_subdivision = SUBDIVISION_ZONES.get(country, {}).get(location["subdivision"])
        if by_subdivision:
            return by_subdivision, "subdivision table"
        ports = self.ports_by_country.get(country)
        if ports:
            if location["coordinates"]:
                lat, lon = location["coordinates"]
                nearest = min(ports, key=lambda port: distance(lat, lon, port[0], port[1]))
                return nearest[2], "nearest port in the country"
            return self.usual_zone[country], "most common port zone of the country"
        if country in COUNTRIES_WITHOUT_PORTS:
            return COUNTRIES_WITHOUT_PORTS[country], "country table"
        return FALLBACK_ZONE, "UTC fallback"


def format_degrees(value):
    return "" if value is None else f"{value:.4f}".rstrip("0").rstrip(".")


def build(data_dir, out_file):
    report = Counter()
    official, official_countries = read_official(data_dir, report)
    compiled = read_compilation(data_dir, official, official_countries, report)
    zone_by_code, located_ports = read_sea_ports(data_dir, report)
    locations = {**compiled, **official}
    for code, location in compiled.items():
        if code in zone_by_code:
            location["functions"] = "1-------"  # listed as a sea port; other functions unknown
            report["compilation entries marked as sea port"] += 1

    assigner = ZoneAssigner(zone_by_code, located_ports)
    lines = []
    for code in sorted(locations):
        location = locations[code]
        zone, rule = assigner.zone(code, location)
        report["zone by " + rule] += 1
        if rule == "UTC fallback":
            report["UTC fallback country " + code[:2]] += 1
        lat, lon = location["coordinates"] or (None, None)
        lines.append("\t".join([code, location["name"], location["subdivision"], location["functions"],
                                format_degrees(lat), format_degrees(lon), zone]))

    header = [
        "# UN/LOCODE directory for Harbormaster, generated by tools/unlocode/build_unlocode_resource.py",
        "# Sources: UNECE UN/LOCODE 2024-2 parts 2 and 3 (GA-ZW); nspcc-dev/locode-db (MIT) for AD-FR;",
        "# time zones from marchah/sea-ports (MIT) and the script's tables. See UNLOCODE-SOURCE.md.",
        "# code\tname\tsubdivision\tfunctions\tlatitude\tlongitude\tzone",
    ]
    text = "\n".join(header + lines) + "\n"
    out_file.parent.mkdir(parents=True, exist_ok=True)
    with open(out_file, "wb") as raw:
        with gzip.GzipFile(filename="unlocode.tsv", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(text.encode("utf-8"))

    print(f"wrote {len(lines)} locations to {out_file} ({out_file.stat().st_size} bytes)")
    print(f"  official (GA-ZW): {len(official)}, compilation (other countries): {len(compiled)}")
    for what, count in sorted(report.items()):
        print(f"  {what}: {count}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the UN/LOCODE files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the .tsv.gz file to write")
    args = parser.parse_args()
    build(args.data, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
