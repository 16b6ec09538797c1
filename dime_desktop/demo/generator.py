"""Realistic synthetic data for ``dime demo``, ``dime-desktop --demo``, the
screenshots and the benchmarks. Nothing here is about a real person: names are
made up from clearly fictional surnames (``Prøvesen``, ``Eksempeldal``...),
contact details use ``example.invalid`` and ``000`` numbers.

The mix follows the service's 2019 annual report (chapter 3.2): housing and
neighbour conflicts most often, then hate crime, harassment, "other";
ethnicity is by far the most common ground, often combined with religion or
gender, and sexual orientation with ethnicity; about one case in eight goes to
the mediation desk, most of them solved before a meeting.

* **The report's year** (2019) is the report itself when there is room for it
  (``count`` of at least 120): 60 cases with exactly the table of areas, 8 of
  them sent to the mediation desk with its table of areas and grounds, 2
  mediated with an agreement and 6 resolved before a meeting. Later years
  (up to the year of ``today``) grow gently and are drawn from the same mix;
  the current year only up to ``today``.
* **Time is relative to** ``today`` (default ``date.today()``): old cases are
  closed and every follow-up of a closed case is done; the few open cases are
  recent and their open follow-ups fall due around today (never more than
  :data:`MAX_OVERDUE_DAYS` overdue), so "What is due" shows a working week,
  not seven years of arrears.
* :func:`create_demo_vault` stores the cases, then, through the core APIs only
  (never SQL), a mediation record for every referred case (referral with the
  client's consent, parties and their consents, the suitability checklist,
  preparatory talks, meetings, outcome, an agreement with terms), evidence
  items and document drafts on a few cases, and the outreach log. The access
  log fills itself from those calls.

The same seed and the same ``today`` always give the same data.
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from dime_desktop.cases.model import (
    CONSENT_CONTACT_CLIENT,
    CONSENT_CONTACT_COUNTERPART,
    CONSENT_MEDIATION,
    CONSENT_POLICE,
    CONSENT_STORE,
    CONSENT_TRIBUNAL,
    DESK_MEDIATION,
    STATUS_CLOSED,
    STATUS_OPEN,
    Case,
    CaseFilter,
    CaseGround,
    Client,
    FollowUp,
    JournalEntry,
    Mediation,
    TimelineEvent,
)
from dime_desktop.outreach.model import OutreachActivity

if TYPE_CHECKING:
    from dime_desktop.mediation.model import MediationRecord
    from dime_desktop.vault.kdf import KdfParams
    from dime_desktop.vault.vault import CreatedVault, Vault

#: The passphrase of demo vaults (they hold no real data).
DEMO_PASSPHRASE = "demo hvelv uten ekte data 2019"

#: The year of the annual report the demo follows (chapter 3.2).
REPORT_YEAR = 2019
#: An open follow-up of the demo is never overdue by more than this.
MAX_OVERDUE_DAYS = 14
#: Who "uses" the demo vault (the access log's actor) and who mediates.
DEMO_ADVISER = "Jonas Testrud"
DEMO_MEDIATOR = "Kari Demoberg"

T = TypeVar("T")

# Areas of the advice desk: the 2019 table (60 cases, chapter 3.2.1). Later
# years draw from it, with online hate as a small area of its own.
_REPORT_AREAS: dict[str, int] = {
    "work": 5,
    "housing": 15,
    "nightlife": 5,
    "welfare": 2,
    "harassment": 6,
    "health": 2,
    "education": 4,
    "child_welfare": 1,
    "goods_services": 1,
    "ethnic_profiling": 2,
    "leisure": 3,
    "hate_crime": 8,
    "other": 6,
}
# the same weights in the same order, with online hate before "other"
_AREAS: dict[str, int] = {
    **{area: n for area, n in _REPORT_AREAS.items() if area != "other"},
    "online": 1,
    "other": _REPORT_AREAS["other"],
}

# Areas of the cases sent on to the mediation desk in 2019 (8 cases); later
# years draw from them.
_MEDIATION_AREAS: dict[str, int] = {
    "work": 2,
    "goods_services": 3,
    "online": 1,
    "housing": 1,
    "education": 1,
}
_MEDIATION_SHARE = 8 / 60

# The advice areas whose cases go to each mediation area.
_ADVICE_AREAS_OF: dict[str, tuple[str, ...]] = {
    "work": ("work",),
    "goods_services": ("goods_services", "nightlife", "goods_services"),
    "online": ("online", "harassment"),
    "housing": ("housing",),
    "education": ("education",),
}

# Outcomes of closed referrals in later years (2019 is the report's: below).
_MEDIATION_OUTCOMES: dict[str, int] = {
    "resolved_before_meeting": 6,
    "agreement": 2,
    "no_agreement": 1,
    "withdrawn": 1,
    "not_suitable": 1,
}

# Ground combinations (codes), weighted: ethnicity dominates.
_GROUNDS: list[tuple[tuple[str, ...], int]] = [
    (("ethnicity",), 46),
    (("ethnicity", "religion"), 12),
    (("ethnicity", "gender"), 8),
    (("ethnicity", "gender", "religion"), 3),
    (("sexual_orientation", "ethnicity"), 5),
    (("religion",), 5),
    (("disability",), 4),
    (("gender",), 3),
    (("sexual_orientation",), 3),
    (("age",), 2),
    (("political_opinion",), 2),
    (("gender_identity", "gender_expression"), 1),
    (("pregnancy", "gender"), 1),
    ((), 5),  # not (yet) clear
]

_CHANNELS: dict[str, int] = {
    "phone": 40,
    "email": 25,
    "drop_in": 10,
    "partner_referral": 15,
    "outreach": 7,
    "other": 3,
}

_COUNTERPARTS: dict[str, tuple[str, ...]] = {
    "work": ("employer",),
    "housing": ("landlord", "private_person", "landlord"),
    "nightlife": ("business",),
    "welfare": ("public_body",),
    "harassment": ("private_person", "private_person", "business"),
    "health": ("public_body", "business"),
    "education": ("school",),
    "child_welfare": ("public_body",),
    "goods_services": ("business",),
    "ethnic_profiling": ("police", "business"),
    "leisure": ("business", "private_person"),
    "hate_crime": ("private_person", "online", "private_person"),
    "online": ("online",),
    "other": ("other", "business", "public_body"),
}

_COUNTERPART_NAMES: dict[str, tuple[str, ...]] = {
    "employer": ("Eksempel Renhold AS", "Fiktiv Logistikk AS", "Demobakeriet AS"),
    "landlord": ("Borettslaget Prøvehagen", "Sameiet Eksempelgården", "Utleie Fiktiv AS"),
    "business": ("Utestedet «Demobaren»", "Eksempel Dagligvare", "Fiktiv Treningssenter AS"),
    "school": ("Prøvedal skole", "Eksempelhøgda videregående skole"),
    "public_body": ("NAV Eksempelby", "Prøvedalen legevakt", "Fiktiv kommune"),
    "police": ("Politiet",),
    "private_person": ("", "nabo", "ukjent person"),
    "online": ("", "anonym profil"),
    "other": ("",),
}

_TRACKS: dict[str, tuple[str, ...]] = {
    "hate_crime": ("criminal", "criminal", "both"),
    "harassment": ("civil", "both", "unclear"),
    "ethnic_profiling": ("civil", "unclear"),
    "online": ("criminal", "civil", "unclear"),
}

_INCIDENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "work": (("direct_discrimination",), ("harassment",), ("retaliation", "harassment")),
    "housing": (("harassment",), ("direct_discrimination",), ("hate_speech", "harassment")),
    "nightlife": (("direct_discrimination",),),
    "welfare": (("indirect_discrimination",), ("direct_discrimination",)),
    "harassment": (("harassment",), ("sexual_harassment",), ("hate_speech",)),
    "health": (("direct_discrimination",), ("indirect_discrimination",)),
    "education": (("harassment",), ("direct_discrimination",), ("indirect_discrimination",)),
    "child_welfare": (("direct_discrimination",),),
    "goods_services": (("direct_discrimination",),),
    "ethnic_profiling": (("direct_discrimination",),),
    "leisure": (("direct_discrimination",), ("harassment",)),
    "hate_crime": (("hate_crime",), ("hate_crime", "hate_speech"), ("hate_speech",)),
    "online": (("hate_speech",), ("harassment", "hate_speech")),
    "other": (("other",), ("direct_discrimination",), ()),
}

_PLACES = (
    "Grønland",
    "Tøyen",
    "Grorud",
    "Stovner",
    "Søndre Nordstrand",
    "Majorstuen",
    "Frogner",
    "Gamle Oslo",
    "Bjerke",
    "Alna",
    "Sagene",
    "Nordre Aker",
    "Holmlia",
    "Furuset",
)

_SUMMARIES: dict[str, tuple[str, ...]] = {
    "work": (
        "Klienten forteller at lederen gjentatte ganger har kommentert hijaben hennes og sagt at "
        "hun «ikke passer inn i kundefronten». Hun ble flyttet til lageret uten forklaring.",
        "Søkte på stilling som butikkmedarbeider i {place}. Fikk høre på telefon at de «helst "
        "vil ha noen som snakker skikkelig norsk», selv om han har norsk som morsmål.",
        "Kolleger kaller ham stadig ved et kallenavn knyttet til hudfargen. Sjefen ler med og "
        "sier det bare er spøk. Klienten vurderer å si opp.",
    ),
    "housing": (
        "Naboen i oppgangen på {place} har over lang tid kommet med nedsettende kommentarer om "
        "familiens bakgrunn og klaget på «matlukt». Styret i borettslaget tar ikke tak i saken.",
        "Ringte om leilighet i {place}. Utleier sa den var ledig, men da hun oppga navnet sitt "
        "var den plutselig utleid. En venninne med norskklingende navn fikk visning dagen etter.",
        "Styret i sameiet nekter familien å bruke felleslokalet til en samling etter "
        "fredagsbønnen, mens andre beboere får låne det til fester.",
        "Langvarig konflikt med naboen om støy. Klienten opplever at klagene mot ham handler om "
        "at han er fra Somalia, og har fått lapper i postkassen med rasistisk innhold.",
    ),
    "nightlife": (
        "Ble nektet adgang til utested i sentrum. Dørvakten sa at «folk som deg» ikke slipper inn "
        "i kveld, mens vennene hans med etnisk norsk utseende kom inn.",
        "Gruppe på fire unge menn med minoritetsbakgrunn ble avvist i døra med begrunnelse om "
        "«dresscode». Andre i tilsvarende klær slapp inn.",
    ),
    "welfare": (
        "Saksbehandler på NAV {place} nektet å bruke tolk og sa at klienten «må lære seg norsk "
        "først». Søknaden om stønad ble liggende i flere måneder.",
    ),
    "harassment": (
        "Ble utsatt for kommentarer om hijaben sin på bussen fra {place}. En mann ropte at hun "
        "skulle «dra hjem» og tok bilde av henne. Ingen av de andre passasjerene grep inn.",
        "Klienten opplever stadig blikk og kommentarer i butikken på {place}. Butikkansatte "
        "følger etter ham rundt i lokalet.",
        "Blir trakassert av en tidligere venn som sprer rykter om hans seksuelle orientering til "
        "familien. Han er redd for reaksjonene fra miljøet.",
    ),
    "health": (
        "Fastlegen avviste plagene hennes som «kulturelle» og ville ikke henvise videre. Hun fikk "
        "senere påvist en alvorlig diagnose.",
        "Ble ikke tilbudt tolk på legevakta og opplevde å bli snakket om, ikke med.",
    ),
    "education": (
        "Sønnen blir kalt skjellsord knyttet til hudfarge på skolen i {place}. Skolen har ikke "
        "satt inn tiltak etter opplæringsloven kapittel 9 A.",
        "Eleven ble nektet å ha på seg hijab i gymtimen og fikk anmerkning.",
    ),
    "child_welfare": (
        "Foreldrene opplever at barnevernet tolker alt de gjør i lys av kulturbakgrunn, og at "
        "deres egne forklaringer ikke blir hørt.",
    ),
    "goods_services": (
        "Ble avvist av taxisjåfør utenfor kjøpesenteret på {place}. Sjåføren sa at han «ikke "
        "kjører sånne», og kjørte i stedet en annen kunde.",
        "Banken krevde ekstra dokumentasjon for å åpne konto fordi han er født utenfor Norge, "
        "selv om han har vært norsk statsborger i tjue år.",
    ),
    "ethnic_profiling": (
        "Stanset av politiet tre ganger på en uke på vei hjem til {place}, uten at det ble gitt "
        "noen grunn. Ble visitert foran venner.",
        "Vekter i kjøpesenteret ba ham vise kvittering for varer, mens andre kunder gikk fritt.",
    ),
    "leisure": (
        "Treningssenteret nektet henne å trene med hodeplagg og sa opp medlemskapet.",
        "Fotballaget til datteren ble utsatt for rasistiske tilrop fra foreldre på sidelinjen.",
    ),
    "hate_crime": (
        "Ble slått og kalt rasistiske skjellsord ved T-banestasjonen på {place}. Klienten er "
        "usikker på om hun vil anmelde og trenger hjelp til å forstå hva en anmeldelse innebærer.",
        "Fikk trusler om vold mot familien sin og nedverdigende ytringer om at han er homofil og "
        "muslim. Trenger støtte i samtalene med politiet.",
        "Moskeen klienten går i fikk knust vinduer og tagging med hatefulle symboler. Klienten "
        "vil vite hva menigheten kan gjøre.",
    ),
    "online": (
        "Hatefulle kommentarer i en Facebook-gruppe for beboere i {place} etter at hun la ut et "
        "innlegg om ramadan. Flere kommentarer kan være straffbare.",
        "Anonym profil sender ham meldinger med trusler og skjellsord om legningen hans.",
    ),
    "other": (
        "Klienten ønsker å snakke om en opplevelse med en offentlig etat, men vet ikke om det "
        "er diskriminering. Vi gikk gjennom hva som skjedde i en sorteringssamtale.",
        "Henvendelse om rettigheter etter likestillings- og diskrimineringsloven. Ingen konkret "
        "sak ennå; ønsker informasjon til en venn.",
        "Kompleks situasjon med gjeld, bolig og en konflikt med arbeidsgiver. Trenger hjelp til "
        "å sortere hva som kan være diskriminering.",
    ),
}

# Words of a summary that tell which ground it is (at least) about.
_GROUND_HINTS: dict[str, tuple[str, ...]] = {
    "religion": ("hijab", "hodeplagg", "fredagsbønn", "ramadan", "Moskeen", "muslim"),
    "sexual_orientation": ("homofil", "legning", "seksuelle orientering"),
    "ethnicity": ("hudfarge", "Somalia", "født utenfor"),
}

_JOURNAL: tuple[str, ...] = (
    "Første samtale (sorteringssamtale). Gikk gjennom hva som har skjedd og hvilke "
    "dokumenter som finnes.",
    "Sendte e-post med informasjon om klageadgang til Diskrimineringsnemnda og frister.",
    "Klienten ønsker å tenke seg om før hun går videre med saken.",
    "Hjalp klienten med å skrive en tidslinje over hendelsene.",
    "Telefon med klienten. Han har fått svar fra motparten og vil gjerne ha hjelp til å "
    "forstå det.",
    "Fulgte klienten til politiet for å levere anmeldelse. Tolk var til stede.",
    "Drøftet om saken egner seg for megling. Klienten er positiv.",
    "Klienten takker for samtalen og sier det hjalp å få snakke om det som skjedde.",
    "Sendte brev til motparten med redegjørelse for regelverket.",
    "Saken avsluttes etter avtale med klienten.",
)

_FOLLOW_UPS: tuple[str, ...] = (
    "Ring klienten og hør hvordan det går",
    "Sjekk om motparten har svart",
    "Frist for klage til Diskrimineringsnemnda",
    "Avtal møte med tolk",
    "Følg opp anmeldelsen hos politiet",
)

_TIMELINE: tuple[str, ...] = (
    "Første hendelse",
    "Ny episode, samme person",
    "Klaget skriftlig til motparten",
    "Fikk svar fra motparten",
    "Kontaktet politiet",
    "Snakket med tillitsvalgt",
)

_FIRST_NAMES: tuple[str, ...] = (
    "Amina",
    "Yusuf",
    "Mariam",
    "Ola",
    "Kari",
    "Ahmed",
    "Fatima",
    "Tomasz",
    "Leila",
    "Jonas",
    "Samira",
    "Daniel",
    "Nadia",
    "Hassan",
    "Ingrid",
    "Abdi",
    "Sofie",
    "Omar",
    "Ewa",
    "Mustafa",
    "Aisha",
    "Zainab",
    "Emre",
    "Linh",
    "Javier",
    "Bjørn",
    "Åsa",
    "Sølvi",
)

# Surnames nobody has: they mark the data as made up.
_FICTIONAL_SURNAMES: tuple[str, ...] = (
    "Prøvesen",
    "Eksempeldal",
    "Fiktivsen",
    "Demoberg",
    "Testrud",
    "Oppdiktsen",
    "Lateland",
    "Tenktstad",
    "Påfunnsen",
    "Øvingsbakken",
)

_LANGUAGES: dict[str, int] = {
    "": 50,
    "arabisk": 10,
    "somali": 10,
    "urdu": 7,
    "polsk": 6,
    "engelsk": 8,
    "tigrinja": 5,
    "tyrkisk": 4,
}

_ANONYMOUS_SHARE = 0.15
_MEDIATION_SHARE = 8 / 60
_GROWTH = 1.07  # cases a year grow gently after the report's year


@dataclass(frozen=True)
class _Referral:
    """A case of the report's year that went to the mediation desk (3.2.2)."""

    area: str  # the advice area
    mediation_area: str
    grounds: tuple[str, ...]
    outcome: str
    incidents: tuple[str, ...]
    counterpart_type: str
    counterpart_name: str
    summary: str


# The 8 referrals of 2019: areas 2 work, 3 goods/services, 1 online, 1
# neighbours, 1 school; 5 ethnicity, 1 political opinion, 2 hate speech
# about sexual orientation/ethnicity; 2 mediated with good results, 6
# resolved before the meeting after preparatory talks.
_REPORT_REFERRALS: tuple[_Referral, ...] = (
    _Referral(
        "work",
        "work",
        ("ethnicity",),
        "agreement",
        ("harassment",),
        "employer",
        "Eksempel Renhold AS",
        "Kolleger og en formann kommer stadig med kommentarer om aksenten hans. Han vil "
        "fortsette i jobben og ønsker et møte med arbeidsgiveren for å få slutt på det.",
    ),
    _Referral(
        "work",
        "work",
        ("ethnicity",),
        "resolved_before_meeting",
        ("direct_discrimination",),
        "employer",
        "Fiktiv Logistikk AS",
        "Fikk ikke forlenget vikariatet etter at hun klaget på at bare de med "
        "minoritetsbakgrunn fikk nattskift. Ønsker en forklaring fra arbeidsgiveren.",
    ),
    _Referral(
        "nightlife",
        "goods_services",
        ("ethnicity",),
        "resolved_before_meeting",
        ("direct_discrimination",),
        "business",
        "Utestedet «Demobaren»",
        "Ble avvist i døra på utestedet mens vennene kom inn. Vil ha en beklagelse og vite "
        "hva stedet gjør for at det ikke skjer igjen.",
    ),
    _Referral(
        "nightlife",
        "goods_services",
        ("ethnicity",),
        "resolved_before_meeting",
        ("direct_discrimination",),
        "business",
        "Utestedet «Prøvekjelleren»",
        "Dørvakten sa at «folk som dere» ikke slipper inn i kveld. Klienten ønsker en samtale "
        "med daglig leder.",
    ),
    _Referral(
        "goods_services",
        "goods_services",
        ("political_opinion",),
        "resolved_before_meeting",
        ("direct_discrimination",),
        "business",
        "Fiktiv Treningssenter AS",
        "Medlemskapet ble sagt opp etter at han delte ut løpeseddler for et politisk parti i "
        "garderoben. Han mener det er forskjellsbehandling på grunn av politisk syn.",
    ),
    _Referral(
        "harassment",
        "online",
        ("sexual_orientation", "ethnicity"),
        "resolved_before_meeting",
        ("hate_speech", "harassment"),
        "private_person",
        "Ola Oppdiktsen",
        "En tidligere klassekamerat har skrevet nedsettende kommentarer om legningen og "
        "bakgrunnen hans i en chattegruppe. Klienten vil ikke anmelde, men vil at det stopper.",
    ),
    _Referral(
        "housing",
        "housing",
        ("sexual_orientation", "ethnicity"),
        "agreement",
        ("hate_speech", "harassment"),
        "private_person",
        "Per Lateland",
        "Naboen i oppgangen har ropt skjellsord om legningen og hudfargen hans i trappen. "
        "Begge vil bo der videre og har sagt ja til et meglingsmøte.",
    ),
    _Referral(
        "education",
        "education",
        ("ethnicity",),
        "resolved_before_meeting",
        ("harassment",),
        "school",
        "Prøvedal skole",
        "Datteren blir kalt skjellsord knyttet til hudfarge i friminuttene. Foreldrene vil ha "
        "et møte med rektor om hva skolen gjør.",
    ),
)

_OTHER_PARTIES: tuple[str, ...] = (
    "Per Lateland",
    "Eva Påfunnsen",
    "Rune Tenktstad",
    "Mona Øvingsbakken",
    "Geir Testrud",
)
# who speaks for an organisation at the mediation desk, by counterpart type
_CONTACT_PEOPLE: dict[str, tuple[str, ...]] = {
    "employer": ("HR-sjef Tor Eksempeldal", "daglig leder Sigrid Fiktivsen"),
    "business": ("daglig leder Sigrid Fiktivsen", "driftssjef Leif Oppdiktsen"),
    "school": ("rektor Hilde Demoberg", "inspektør Randi Testrud"),
    "landlord": ("styreleder Arne Prøvesen",),
    "public_body": ("seksjonsleder Berit Lateland",),
}


def _weighted(rng: random.Random, table: dict[str, int]) -> str:
    return rng.choices(list(table), weights=list(table.values()))[0]


def _pick(rng: random.Random, items: Sequence[T]) -> T:
    return items[rng.randrange(len(items))]


def default_years(today: date | None = None) -> tuple[int, ...]:
    """The report's year up to the year of ``today``."""
    year = (today or date.today()).year
    return tuple(range(REPORT_YEAR, max(REPORT_YEAR, year) + 1))


def _apportion(total: int, weights: Sequence[float]) -> list[int]:
    """``total`` split in proportion to ``weights`` (largest remainders)."""
    whole = sum(weights)
    if total <= 0 or whole <= 0:
        return [0] * len(weights)
    exact = [total * w / whole for w in weights]
    sizes = [int(e) for e in exact]
    order = sorted(range(len(weights)), key=lambda i: (sizes[i] - exact[i], i))
    for i in order[: total - sum(sizes)]:
        sizes[i] += 1
    return sizes


def _elapsed_share(year: int, today: date) -> float:
    """How much of ``year`` has passed on ``today`` (1 for earlier years)."""
    if year < today.year:
        return 1.0
    start = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - start).days
    return max(1, (today - start).days + 1) / days


def _year_sizes(count: int, years: Sequence[int], today: date) -> list[int]:
    """Cases per year: the report's 60 in its year when there is room (at
    least twice that), the rest growing gently, the current year in part."""
    natural = [60 * _GROWTH ** max(0, y - REPORT_YEAR) * _elapsed_share(y, today) for y in years]
    report_size = sum(_REPORT_AREAS.values())
    if REPORT_YEAR in years and len(years) > 1 and count >= 2 * report_size:
        at = list(years).index(REPORT_YEAR)
        rest = _apportion(count - report_size, [w for i, w in enumerate(natural) if i != at])
        rest.insert(at, report_size)
        return rest
    return _apportion(count, natural)


def _day_between(rng: random.Random, first: date, last: date) -> date:
    if last <= first:
        return first
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def _open_chance(age_days: int) -> float:
    """How likely a case opened ``age_days`` ago is still open."""
    if age_days <= 21:
        return 0.9
    if age_days <= 60:
        return 0.6
    if age_days <= 120:
        return 0.3
    if age_days <= 240:
        return 0.08
    return 0.0


def _client(rng: random.Random, n: int, *, named: bool = False) -> Client | None:
    if not named and rng.random() < _ANONYMOUS_SHARE:
        return None  # an anonymous contact: no client at all
    language = _weighted(rng, _LANGUAGES)
    name = f"{_pick(rng, _FIRST_NAMES)} {_pick(rng, _FICTIONAL_SURNAMES)}"
    contact = (
        f"demo{n}@example.invalid" if rng.random() < 0.5 else f"000 00 {rng.randrange(1000):03d}"
    )
    interpreter = bool(language) and language != "engelsk" and rng.random() < 0.5
    consent = named or rng.random() < 0.9
    notes = "Ønsker å bli kontaktet på ettermiddagen." if rng.random() < 0.1 else ""
    if not consent:  # no name, contact or notes without consent to store (issue 12)
        name = contact = notes = ""
    return Client(
        name=name,
        contact=contact,
        preferred_language=language,
        interpreter_needed=interpreter,
        consent_to_store=False,  # set by the consent to store, below
        notes=notes,
    )


def _consents(rng: random.Random, case: Case, last_day: date) -> None:
    """Consents per purpose (issue 12) of a case with a named client, given
    on the first conversation; now and then one withdrawn (on a closed case,
    whose follow-up of the withdrawal is done)."""
    from dime_desktop.privacy import consent

    client = case.client
    if client is None or not client.name:
        return
    method = "oral" if case.channel in ("phone", "drop_in", "outreach") else "message"
    consent.give(case, CONSENT_STORE, case.opened, method)
    consent.give(case, CONSENT_CONTACT_CLIENT, case.opened, method)
    if case.counterpart_type not in (None, "", "private_person", "online") and rng.random() < 0.5:
        consent.give(case, CONSENT_CONTACT_COUNTERPART, case.opened, method)
    if case.track in ("criminal", "both") and rng.random() < 0.6:
        consent.give(case, CONSENT_POLICE, case.opened, "oral", "Til anmeldelsen.")
    if case.track in ("civil", "both") and rng.random() < 0.25:
        consent.give(case, CONSENT_TRIBUNAL, case.opened, "written", "Signert fullmakt.")
    # (the consent to the referral is the mediation record's, mirrored on the case)
    given = [
        c.purpose for c in case.consents if c.purpose not in (CONSENT_STORE, CONSENT_MEDIATION)
    ]
    if case.closed is not None and given and rng.random() < 0.05:
        purpose = _pick(rng, given)
        on = _day_between(rng, case.opened, case.closed)
        follow = consent.withdraw(case, purpose, on, "Klienten ringte og trakk samtykket.", "nb")
        follow.done = True


def _follow_up_notes(track: str, client: Client | None) -> tuple[str, ...]:
    """The follow-ups that fit the case: the interpreter only for a client who
    needs one, the police for a criminal track, the Tribunal for a civil one."""
    ring, answer, tribunal, interpreter, police = _FOLLOW_UPS
    notes = [answer]
    if client is not None and client.contact:
        notes.append(ring)
    if client is not None and client.interpreter_needed:
        notes.append(interpreter)
    if track in ("civil", "both", "unclear"):
        notes.append(tribunal)
    if track in ("criminal", "both"):
        notes.append(police)
    return tuple(notes)


def _follow_ups(
    rng: random.Random,
    opened: date,
    closed: date | None,
    today: date,
    notes: tuple[str, ...] = _FOLLOW_UPS,
) -> list[FollowUp]:
    """Follow-ups of a closed case are all done; an open case has done ones
    behind it and one or two open ones around today (a few days overdue at
    most, some today, most in the coming weeks)."""
    last = closed if closed is not None else today - timedelta(days=1)
    done = [
        FollowUp(_day_between(rng, opened, last), _pick(rng, notes), done=True)
        for _ in range(rng.choice((0, 1, 1, 2)) if last >= opened else 0)
    ]
    if closed is None:
        for _ in range(rng.choice((1, 1, 1, 2))):
            offset = rng.choice((-9, -6, -3, -2, -1, 0, 0, 1, 2, 3, 5, 6, 9, 13, 16, 20, 27))
            due = max(today + timedelta(days=offset), opened)
            done.append(FollowUp(due, _pick(rng, notes)))
    done.sort(key=lambda f: (f.due, f.done))
    return done


def _one_case(
    rng: random.Random,
    n: int,
    year: int,
    today: date,
    *,
    area: str | None = None,
    referral: _Referral | None = None,
    referred: bool | None = None,
) -> Case:
    first = date(year, 1, 1)
    last = min(date(year, 12, 31), today)
    opened = _day_between(rng, first, last)
    if referred is None:
        referred = rng.random() < _MEDIATION_SHARE
    mediation_area = None
    if referral is not None:
        referred, area, mediation_area = True, referral.area, referral.mediation_area
    elif referred:
        mediation_area = _weighted(rng, _MEDIATION_AREAS)
        area = _pick(rng, _ADVICE_AREAS_OF[mediation_area])
    elif area is None:
        area = _weighted(rng, _AREAS)
    assert area is not None
    combo = rng.choices([g for g, _ in _GROUNDS], weights=[w for _, w in _GROUNDS])[0]
    if referral is not None:
        combo = referral.grounds
    elif referred and rng.random() < 0.15:
        combo = ("political_opinion",)
    grounds = [
        CaseGround(
            code,
            perceived=True,
            assessed=rng.random() < 0.4,
            by_association=rng.random() < 0.05,
        )
        for code in combo
    ]
    age = (today - opened).days
    # a case of the report's year is closed (the report is written)
    is_open = year != REPORT_YEAR and rng.random() < _open_chance(age)
    closed: date | None = None
    if not is_open:
        shortest = 45 if referred else 3
        longest = 160 if referred else 150
        closed = opened + timedelta(days=rng.randrange(shortest, longest))
        if closed >= today:  # it could not have closed yet: still open
            closed = None
            if year == REPORT_YEAR:
                closed = today
    mediation = Mediation()
    if referred:
        outcome = "pending"
        if closed is not None:
            outcome = referral.outcome if referral else _weighted(rng, _MEDIATION_OUTCOMES)
        mediation = Mediation(referred=True, area=mediation_area, outcome=outcome)

    # Everything the desk writes happens between opening and closing (or today).
    last_day = closed if closed is not None else today
    journal_dates = sorted(_day_between(rng, opened, last_day) for _ in range(rng.randint(0, 3)))
    journal = [JournalEntry(opened, _JOURNAL[0])]
    journal += [JournalEntry(d, _pick(rng, _JOURNAL[1:])) for d in journal_dates]
    timeline = [
        TimelineEvent(opened - timedelta(days=rng.randrange(1, 200)), text)
        for text in rng.sample(_TIMELINE, rng.randint(0, 3))
    ]
    timeline.sort(key=lambda e: e.event_date)
    if referral is not None:
        counterpart_type = referral.counterpart_type
        counterpart_name = referral.counterpart_name
        summary = referral.summary
        incidents = list(referral.incidents)
    else:
        counterpart_type = _pick(rng, _COUNTERPARTS[area])
        counterpart_name = _pick(rng, _COUNTERPART_NAMES[counterpart_type])
        if referred and counterpart_type in ("private_person", "online"):
            counterpart_name = _pick(rng, _OTHER_PARTIES)  # the other party of a mediation
        summary = _pick(rng, _SUMMARIES[area]).format(place=_pick(rng, _PLACES))
        incidents = list(_pick(rng, _INCIDENTS[area]))
    for code, hints in _GROUND_HINTS.items():  # keep the summary and the grounds in step
        if code not in combo and any(h in summary for h in hints):
            grounds.append(CaseGround(code))
    if referred and not timeline:  # the mediator needs the first event (three-year limit)
        timeline = [TimelineEvent(opened - timedelta(days=rng.randrange(3, 60)), _TIMELINE[0])]
    track = _pick(rng, _TRACKS.get(area, ("civil", "civil", "unclear")))
    client = _client(rng, n, named=referred)
    case = Case(
        opened=opened,
        area=area,
        status=STATUS_OPEN if closed is None else STATUS_CLOSED,
        closed=closed,
        channel=_weighted(rng, _CHANNELS),
        grounds=grounds,
        incident_types=incidents,
        track=track,
        counterpart_type=counterpart_type,
        counterpart_name=counterpart_name,
        summary=summary,
        journal=journal,
        follow_ups=_follow_ups(rng, opened, closed, today, _follow_up_notes(track, client)),
        timeline=timeline,
        mediation=mediation,
        client=client,
    )
    _consents(rng, case, last_day)
    return case


def _year_cases(rng: random.Random, start: int, size: int, year: int, today: date) -> list[Case]:
    if year == REPORT_YEAR and size == sum(_REPORT_AREAS.values()):
        # the report's table exactly; the referrals take their areas' places
        areas = [a for a, k in _REPORT_AREAS.items() for _ in range(k)]
        for r in _REPORT_REFERRALS:
            areas.remove(r.area)
        plans: list[tuple[str | None, _Referral | None]] = [(a, None) for a in areas]
        plans += [(None, r) for r in _REPORT_REFERRALS]
        rng.shuffle(plans)
        return [
            _one_case(rng, start + i, year, today, area=a, referral=r, referred=False)
            for i, (a, r) in enumerate(plans)
        ]
    return [_one_case(rng, start + i, year, today) for i in range(size)]


def generate_demo_cases(
    count: int,
    *,
    seed: int = 2019,
    years: Sequence[int] | None = None,
    today: date | None = None,
) -> list[Case]:
    """``count`` synthetic cases over ``years`` (default: the report's year to
    today's), sorted by the day they were opened, without references (the
    register gives them). Deterministic for a seed and a ``today``."""
    if count < 0:
        raise ValueError("count must be 0 or more")
    today = today or date.today()
    years = tuple(years) if years is not None else default_years(today)
    if not years:
        raise ValueError("years must not be empty")
    if max(years) > today.year:
        raise ValueError("years must not be later than the year of today")
    rng = random.Random(seed)
    cases: list[Case] = []
    for year, size in zip(years, _year_sizes(count, years, today), strict=True):
        cases += _year_cases(rng, len(cases), size, year, today)
    cases.sort(key=lambda c: c.opened)
    _make_online_case(rng, cases, today)
    return cases


def _is_online_case(case: Case) -> bool:
    return case.counterpart_type == "online" and "Facebook" in case.summary


def _make_online_case(rng: random.Random, cases: Sequence[Case], today: date) -> None:
    """The newest open case of this year with a named client (at the advice
    desk) becomes an online hate case: comments in a Facebook group and
    threatening messages, reported to the police. It is the case the demo
    shows with evidence and a police report (:func:`create_demo_vault`)."""
    from dime_desktop.privacy import consent

    candidates = [
        c
        for c in cases
        if c.year == today.year
        and c.status == STATUS_OPEN
        and c.client is not None
        and c.client.name
        and not c.mediation.referred
    ]
    if not candidates:
        return
    case = max(candidates, key=lambda c: c.opened)
    case.area = "online"
    case.summary = _SUMMARIES["online"][0].format(place=_pick(rng, _PLACES))
    case.grounds = [CaseGround("ethnicity"), CaseGround("religion")]
    case.incident_types = ["hate_speech", "harassment"]
    case.track = "criminal"
    case.counterpart_type, case.counterpart_name = "online", "anonym profil"
    case.timeline = [
        TimelineEvent(case.opened - timedelta(days=2), "Hatefulle kommentarer i Facebook-gruppen"),
        TimelineEvent(case.opened - timedelta(days=1), "Meldinger med trusler fra samme profil"),
    ]
    for f in case.follow_ups:
        if not f.done:
            f.note = "Følg opp anmeldelsen hos politiet"
    consent.give(case, CONSENT_POLICE, case.opened, "oral", "Til anmeldelsen.")


# --- the mediation desk's records ---------------------------------------------------


def _after(rng: random.Random, day: date, low: int, high: int, limit: date) -> date:
    return min(day + timedelta(days=rng.randint(low, high)), limit)


def mediation_record_for(case: Case, today: date, *, seed: int = 2019) -> MediationRecord:
    """The mediation desk's record of a stored referred case, made with the
    desk's own rules (``mediation.rules``) as a mediator would: the referral
    with the client's consent, the parties and their consents, the
    suitability checklist, preparatory talks, meetings, the outcome and the
    closing; an agreement has terms that are followed up. A closed case
    follows its recorded outcome; an open one is under way around ``today``
    (a meeting planned in the coming days, or a term to follow up)."""
    from dime_desktop.mediation import rules
    from dime_desktop.mediation.checklist import default_checklist
    from dime_desktop.mediation.model import (
        ROLE_CLIENT,
        ROLE_OTHER_PARTY,
        ROLE_SUPPORT,
        STAGE_FOLLOW_UP,
        STAGE_MEETING_HELD,
        STAGE_READY,
        TERM_FULFILLED,
        Consent,
        Meeting,
        Party,
        PreparatoryTalk,
        Term,
    )

    rng = random.Random(f"{seed}:{case.reference}")
    by = DEMO_MEDIATOR
    end = case.closed if case.closed is not None else today
    referred_on = _after(rng, case.opened, 2, 10, end)
    record = rules.new_record_for_case(case, referred_on, mediator=by)
    record.outcome = None  # recorded as the case goes, not taken from the register
    record.referral_consent = Consent(referred_on, "oral", "Samtykket i samtalen med rådgiveren.")
    record.referral_note = "Klienten ønsker et møte med motparten. Faktum er gått gjennom."
    client = next(p for p in record.parties if p.role == ROLE_CLIENT)
    other = next(p for p in record.parties if p.role == ROLE_OTHER_PARTY)
    if other.organisation:
        people = _CONTACT_PEOPLE.get(
            case.counterpart_type or "", ("daglig leder Sigrid Fiktivsen",)
        )
        other.contact_person = _pick(rng, people)
        other.contact = "post@example.invalid"
    else:
        other.name = other.name or _pick(rng, _OTHER_PARTIES)
        other.contact = f"000 00 {rng.randrange(1000):03d}"
    if rng.random() < 0.3:
        record.parties.append(
            Party(ROLE_SUPPORT, name="Støtteperson fra Skeiv Verden", accompanies=client.key)
        )
    outcome = case.mediation.outcome or "pending"
    closed = case.closed is not None

    day = _after(rng, referred_on, 1, 7, end)
    client.consent = Consent(day, "oral")
    rules.add_talk(
        record,
        PreparatoryTalk(day, client.key, client.name, "Forsamtale: gikk gjennom hva som skjedde."),
        on=day,
        by=by,
    )
    if outcome in ("withdrawn",) and closed:
        rules.close_case(record, "withdrawn", on=_after(rng, day, 3, 20, end), by=by)
        return record
    day = _after(rng, day, 3, 14, end)
    other.consent = Consent(day, "oral" if not other.organisation else "message")
    rules.add_talk(
        record,
        PreparatoryTalk(
            day, other.key, other.display_name(), "Forsamtale med motparten om et møte."
        ),
        on=day,
        by=by,
    )
    checklist = default_checklist()
    if outcome == "not_suitable" and closed:
        for item in checklist.items:
            answer = "no" if item.code == "power_and_safety" else "yes"
            rules.answer_item(record, item.code, answer, on=day)
        rules.close_case(
            record,
            "not_suitable",
            on=_after(rng, day, 1, 10, end),
            by=by,
            note="Skjevt maktforhold; klienten fikk hjelp til en klage i stedet.",
        )
        return record
    if outcome == "resolved_before_meeting" and closed:
        rules.close_case(
            record,
            "resolved_before_meeting",
            on=_after(rng, day, 2, 21, end),
            by=by,
            note="Motparten beklaget etter forsamtalen; klienten ønsket ikke møte.",
        )
        return record
    for item in checklist.items:
        rules.answer_item(record, item.code, "yes", on=day)
    if not closed and rng.random() < 0.4:  # still preparing: the meeting is planned
        record.meetings.append(
            Meeting(
                today + timedelta(days=rng.randint(2, 12)),
                time(rng.choice((10, 13, 14)), 0),
                _pick(rng, ("dime_room", "library", "volunteer_centre")),
                participants="Begge parter og megler",
            )
        )
        return record
    rules.change_stage(record, STAGE_READY, on=day, by=by)
    if not closed and rng.random() < 0.5:  # ready: the meeting is in a few days
        record.meetings.append(
            Meeting(today + timedelta(days=rng.randint(1, 9)), time(10, 0), "dime_room")
        )
        return record
    meeting_day = _after(rng, day, 5, 21, end)
    if not closed:
        meeting_day = min(meeting_day, today - timedelta(days=rng.randint(8, 20)))
        meeting_day = max(meeting_day, day)
    record.meetings.append(
        Meeting(
            meeting_day,
            time(rng.choice((10, 13)), 0),
            _pick(rng, ("dime_room", "konfliktradet", "library")),
            participants=f"{client.name}, {other.display_name()}, {by}",
            notes="Partene fikk fortelle hver sin side. God tone mot slutten av møtet.",
            held=True,
        )
    )
    rules.change_stage(record, STAGE_MEETING_HELD, on=meeting_day, by=by)
    if outcome == "no_agreement" and closed:
        record.outcome, record.outcome_on = "no_agreement", meeting_day
        rules.close_case(record, "no_agreement", on=_after(rng, meeting_day, 1, 7, end), by=by)
        return record
    record.outcome, record.outcome_on, record.agreement_on = "agreement", meeting_day, meeting_day
    limit = end if closed else date.max
    record.terms = [
        Term(
            "apology",
            f"{other.name or other.display_name()} ber om unnskyldning skriftlig.",
            min(meeting_day + timedelta(days=7), limit),
            party=other.key,
        ),
        Term(
            "changed_practice" if other.organisation else "future_conduct",
            "Rutinene gjennomgås med de ansatte."
            if other.organisation
            else "Partene hilser og tar kontakt med megler om noe skjer igjen.",
            min(meeting_day + timedelta(days=30), limit),
            party=other.key,
        ),
    ]
    rules.change_stage(record, STAGE_FOLLOW_UP, on=meeting_day, by=by)
    for term in record.terms:
        if closed or (term.kind == "apology" and term.due < today):
            rules.record_term_status(term, TERM_FULFILLED, on=term.due)
        elif term.due < today:
            rules.move_term_due(term, today + timedelta(days=rng.randint(1, 10)))
    if closed:
        rules.close_case(record, "agreement_fulfilled", on=max(t.due for t in record.terms), by=by)
    return record


# --- evidence and document drafts ---------------------------------------------------


def _png(width: int, height: int, boxes: Sequence[tuple[int, int, int, int, bytes]]) -> bytes:
    """A small PNG (RGB): a white picture with filled boxes ``(x, y, w, h, rgb)``,
    like a screenshot of a post (no text: nothing to read, nothing real)."""
    rows = []
    for y in range(height):
        row = bytearray(b"\xff\xff\xff" * width)
        for bx, by, bw, bh, rgb in boxes:
            if by <= y < by + bh:
                row[bx * 3 : (bx + bw) * 3] = rgb * bw
        rows.append(b"\x00" + bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


_POST_PNG_BOXES = (
    (0, 0, 360, 28, b"\x3b\x59\x98"),  # the platform's bar
    (16, 44, 36, 36, b"\xb0\xb0\xb0"),  # the profile picture
    (64, 48, 120, 10, b"\x30\x30\x30"),  # the user name
    (64, 66, 260, 8, b"\x70\x70\x70"),  # the comment, three lines
    (64, 80, 240, 8, b"\x70\x70\x70"),
    (64, 94, 180, 8, b"\x70\x70\x70"),
    (64, 116, 60, 8, b"\x3b\x59\x98"),  # "reply"
)

_MESSAGES = (
    "Utskrift av meldinger klienten har mottatt (avskrevet av rådgiver)\n\n"
    "{d1} 22:14  «Dra hjem dit du kommer fra.»\n"
    "{d1} 22:16  «Vi vet hvor du bor.»\n"
    "{d2} 07:40  «Folk som deg skal ikke bo her.»\n\n"
    "Avsender: anonym profil, se nettdetaljer. Klienten har tatt vare på telefonen.\n"
)


def _add_evidence(vault: Vault, case: Case, today: date) -> None:
    """Evidence of an online hate case: a screenshot with its online details,
    the messages as text, and a witness."""
    from dime_desktop.evidence.model import EvidenceItem, OnlineDetails, Witness

    assert case.id is not None
    seen = max(case.opened - timedelta(days=2), date(case.opened.year, 1, 1))
    online = OnlineDetails(
        platform="Facebook",
        url="https://www.facebook.example.invalid/groups/nabolaget/posts/1042",
        user_name="anonym.profil.77",
        posted_at=f"{seen.isoformat()} 22:14",
        context="Kommentar under klientens innlegg i nabolagsgruppen.",
    )
    vault.evidence.add_bytes(
        EvidenceItem(
            case.id,
            "Skjermbilde av kommentarene",
            kind="screenshot",
            received=case.opened,
            given_by="Klienten",
            online=online,
        ),
        "skjermbilde-kommentarer.png",
        _png(720, 280, [(2 * x, 2 * y, 2 * w, 2 * h, c) for x, y, w, h, c in _POST_PNG_BOXES]),
    )
    text = _MESSAGES.format(d1=seen.isoformat(), d2=(seen + timedelta(days=1)).isoformat())
    vault.evidence.add_bytes(
        EvidenceItem(
            case.id,
            "Meldinger fra den anonyme profilen",
            kind="message",
            received=case.opened,
            given_by="Klienten",
            online=OnlineDetails(platform="Messenger", user_name="anonym.profil.77"),
        ),
        "meldinger.txt",
        text.encode("utf-8"),
    )
    vault.evidence.add(
        EvidenceItem(
            case.id,
            "Vitne som så kommentarene samme kveld",
            kind="witness",
            received=case.opened,
            witnesses=[
                Witness("Sofie Tenktstad", "000 00 417", consent=True, note="Nabo i oppgangen.")
            ],
        )
    )


def _add_draft(vault: Vault, case: Case, kind: str, today: date) -> None:
    from dime_desktop.drafting import load_context, new_document

    assert case.id is not None
    doc = new_document(kind, load_context(vault, case, today=today), "nb")
    vault.document_drafts.create(case.id, doc)


def _with_evidence_and_drafts(vault: Vault, open_cases: Sequence[Case], today: date) -> None:
    """Evidence and drafts on a few recent cases with a named client: the
    newest open hate-speech case gets evidence and a police report, the
    newest open work or housing case a complaint to the Tribunal."""
    newest: dict[str, Case | None] = {"police": None, "tribunal": None}
    for case in open_cases:
        if case.client is None or not case.client.name:
            continue
        if _is_online_case(case):
            kind = "police"
        elif case.area in ("work", "housing") and not case.mediation.referred:
            kind = "tribunal"
        else:
            continue
        best = newest[kind]
        if best is None or (case.opened, case.id or 0) > (best.opened, best.id or 0):
            newest[kind] = case
    police, tribunal = newest["police"], newest["tribunal"]
    if police is not None:
        _add_evidence(vault, police, today)
        _add_draft(vault, police, "police", today)
    if tribunal is not None:
        _add_draft(vault, tribunal, "tribunal", today)


# The outreach of the 2019 annual report (chapter 4), repeated for each demo
# year: (month, day, kind, title, organiser or audience, participants, approx.)
_DEMO_OUTREACH: tuple[tuple[int, int, str, str, str, int | None, bool], ...] = (
    (2, 12, "course", "Hvordan gjenkjenne diskriminering", "Fagforbundet Oslo", 14, False),
    (3, 8, "stand", "Kvinnedagen «Kvinner forandrer verden»", "Norsk Folkehjelp", None, False),
    (4, 3, "talk", "Netthets og hatefulle ytringer", "Amnesty International", 30, True),
    (5, 22, "talk", "Hatkriminalitet", "CP-foreningen, ungdomssamling", 50, True),
    (6, 27, "course", "Workshop: Hvordan gjenkjenne diskriminering", "Pride House", 15, False),
    (6, 29, "stand", "Pride Oslo, Spikersuppa", "Oslo Pride", None, False),
    (9, 18, "talk", "Seminar om hatkriminalitet", "Agenda X, Røde Kors og Salto", 40, True),
    (10, 9, "talk", "Informasjon om DiMe og hatkriminalitet", "Skeiv Kafé", 30, True),
    (11, 14, "media", "Intervju om diskriminering i uteliv", "Lokalavis", None, False),
    (
        11,
        28,
        "course",
        "Hvordan gjenkjenne diskriminering",
        "Fagforbundet barn og oppvekst",
        15,
        False,
    ),
)


def generate_demo_outreach(
    years: Sequence[int] | None = None, *, today: date | None = None
) -> list[OutreachActivity]:
    """Courses, talks, stands and media like those of the 2019 annual report,
    for each of ``years`` (default: the report's year to today's), none after
    ``today`` (no personal data: organisations and events only)."""
    today = today or date.today()
    years = tuple(years) if years is not None else default_years(today)
    return [
        OutreachActivity(
            activity_date=date(year, month, day),
            kind=kind,
            title=title,
            audience=audience,
            participants=participants,
            participants_approx=approx,
        )
        for year in years
        for month, day, kind, title, audience, participants, approx in _DEMO_OUTREACH
        if date(year, month, day) <= today
    ]


def demo_kdf() -> KdfParams:
    """The key derivation of demo vaults: RFC 9106's floor, not calibrated.
    A demo vault's passphrase is published and its data are made up, so
    spending a second on calibration protects nothing (it halves the start)."""
    from dime_desktop.vault.kdf import FLOOR_MEMORY_KIB, FLOOR_TIME_COST, KdfParams

    return KdfParams(time_cost=FLOOR_TIME_COST, memory_cost_kib=FLOOR_MEMORY_KIB, parallelism=1)


def create_demo_vault(
    path: Path,
    passphrase: str,
    count: int = 300,
    *,
    kdf: KdfParams | None = None,
    today: date | None = None,
    seed: int = 2019,
) -> CreatedVault:
    """A new vault at ``path`` holding ``count`` demo cases, the mediation
    desk's records of the referred ones, evidence and drafts on a few cases,
    and an outreach log — everything through the core APIs, so the access
    log says what was done (as :data:`DEMO_ADVISER`)."""
    from dime_desktop.vault import Vault

    today = today or date.today()
    created = Vault.create(
        Path(path), passphrase, kdf=kdf or demo_kdf(), demo=True, actor=DEMO_ADVISER
    )
    vault = created.vault
    try:
        vault.cases.add_many(generate_demo_cases(count, seed=seed, today=today))
        referred = list(vault.cases.iter_cases(CaseFilter(desk=DESK_MEDIATION)))
        open_cases = list(vault.cases.iter_cases(CaseFilter(status=STATUS_OPEN)))
        with vault.database.transaction():  # one write to disk for all that follows
            for case in referred:
                vault.mediation.add(mediation_record_for(case, today, seed=seed))
            _with_evidence_and_drafts(vault, open_cases, today)
            for activity in generate_demo_outreach(today=today):
                vault.outreach.add(activity)
    except BaseException:
        vault.close()
        raise
    return created
