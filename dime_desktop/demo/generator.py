"""Realistic synthetic cases for ``dime demo``, ``dime-desktop --demo`` and the
benchmarks. Nothing here is about a real person: names are made up from
clearly fictional surnames (``Prøvesen``, ``Eksempeldal``...), contact details
use ``example.invalid`` and ``000`` numbers.

The mix follows the advice desk's 2019 figures (annual report, chapter 3.2):
housing and neighbour conflicts most often, then hate crime, harassment,
"other"; ethnicity is by far the most common ground, often combined with
religion or gender, and sexual orientation with ethnicity; about one case in
eight goes to the mediation desk, most of them solved before a meeting.
The same seed always gives the same cases.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from dime_desktop.cases.model import (
    STATUS_CLOSED,
    STATUS_OPEN,
    Case,
    CaseGround,
    Client,
    FollowUp,
    JournalEntry,
    Mediation,
    TimelineEvent,
)
from dime_desktop.outreach.model import OutreachActivity

if TYPE_CHECKING:
    from dime_desktop.vault.kdf import KdfParams
    from dime_desktop.vault.vault import CreatedVault

#: The passphrase of demo vaults (they hold no real data).
DEMO_PASSPHRASE = "demo hvelv uten ekte data 2019"

DEFAULT_YEARS: tuple[int, ...] = (2019, 2020, 2021, 2022, 2023, 2024)

T = TypeVar("T")

# Areas of the advice desk, weighted like the 2019 table (60 cases).
_AREAS: dict[str, int] = {
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
    "online": 1,
    "other": 6,
}

# Areas of the cases sent on to the mediation desk in 2019 (8 cases).
_MEDIATION_AREAS: dict[str, int] = {
    "work": 2,
    "goods_services": 3,
    "online": 1,
    "housing": 1,
    "education": 1,
}
_MEDIATION_SHARE = 8 / 60

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
_CLOSED_SHARE = 0.8


def _weighted(rng: random.Random, table: dict[str, int]) -> str:
    return rng.choices(list(table), weights=list(table.values()))[0]


def _pick(rng: random.Random, items: Sequence[T]) -> T:
    return items[rng.randrange(len(items))]


def _day_in(rng: random.Random, year: int) -> date:
    start = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - start).days
    return start + timedelta(days=rng.randrange(days))


def _client(rng: random.Random, n: int) -> Client | None:
    if rng.random() < _ANONYMOUS_SHARE:
        return None  # an anonymous contact: no client at all
    language = _weighted(rng, _LANGUAGES)
    name = f"{_pick(rng, _FIRST_NAMES)} {_pick(rng, _FICTIONAL_SURNAMES)}"
    contact = (
        f"demo{n}@example.invalid" if rng.random() < 0.5 else f"000 00 {rng.randrange(1000):03d}"
    )
    interpreter = bool(language) and language != "engelsk" and rng.random() < 0.5
    consent = rng.random() < 0.9
    notes = "Ønsker å bli kontaktet på ettermiddagen." if rng.random() < 0.1 else ""
    if not consent:  # no name, contact or notes without consent to store (issue 12)
        name = contact = notes = ""
    return Client(
        name=name,
        contact=contact,
        preferred_language=language,
        interpreter_needed=interpreter,
        consent_to_store=consent,
        notes=notes,
    )


def _one_case(rng: random.Random, n: int, year: int) -> Case:
    referred = rng.random() < _MEDIATION_SHARE
    area = _weighted(rng, _MEDIATION_AREAS if referred else _AREAS)
    opened = _day_in(rng, year)
    combo = rng.choices([g for g, _ in _GROUNDS], weights=[w for _, w in _GROUNDS])[0]
    if referred and rng.random() < 0.15:
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
    closed_case = rng.random() < _CLOSED_SHARE
    closed = opened + timedelta(days=rng.randrange(3, 150)) if closed_case else None
    mediation = Mediation()
    if referred:
        outcome = _weighted(rng, _MEDIATION_OUTCOMES) if closed_case else "pending"
        mediation = Mediation(referred=True, area=area, outcome=outcome)

    # Everything the desk writes happens between opening and closing.
    last_day = closed if closed is not None else opened + timedelta(days=60)
    span = (last_day - opened).days + 1
    journal_dates = sorted(
        opened + timedelta(days=rng.randrange(span)) for _ in range(rng.randint(0, 3))
    )
    journal = [JournalEntry(opened, _JOURNAL[0])]
    journal += [JournalEntry(d, _pick(rng, _JOURNAL[1:])) for d in journal_dates]
    follow_ups = [
        FollowUp(
            opened + timedelta(days=rng.randrange(span)),
            _pick(rng, _FOLLOW_UPS),
            done=closed_case or rng.random() < 0.3,
        )
        for _ in range(rng.choice((0, 1, 1, 2)))
    ]
    follow_ups.sort(key=lambda f: f.due)
    timeline = [
        TimelineEvent(opened - timedelta(days=rng.randrange(1, 200)), text)
        for text in rng.sample(_TIMELINE, rng.randint(0, 3))
    ]
    timeline.sort(key=lambda e: e.event_date)
    counterpart_type = _pick(rng, _COUNTERPARTS[area])
    summary = _pick(rng, _SUMMARIES[area]).format(place=_pick(rng, _PLACES))
    for code, hints in _GROUND_HINTS.items():  # keep the summary and the grounds in step
        if code not in combo and any(h in summary for h in hints):
            grounds.append(CaseGround(code))
    return Case(
        opened=opened,
        area=area,
        status=STATUS_CLOSED if closed_case else STATUS_OPEN,
        closed=closed,
        channel=_weighted(rng, _CHANNELS),
        grounds=grounds,
        incident_types=list(_pick(rng, _INCIDENTS[area])),
        track=_pick(rng, _TRACKS.get(area, ("civil", "civil", "unclear"))),
        counterpart_type=counterpart_type,
        counterpart_name=_pick(rng, _COUNTERPART_NAMES[counterpart_type]),
        summary=summary,
        journal=journal,
        follow_ups=follow_ups,
        timeline=timeline,
        mediation=mediation,
        client=_client(rng, n),
    )


def generate_demo_cases(
    count: int, *, seed: int = 2019, years: Sequence[int] = DEFAULT_YEARS
) -> list[Case]:
    """``count`` synthetic cases spread evenly over ``years``, sorted by the
    day they were opened, without references (the register gives them)."""
    if count < 0:
        raise ValueError("count must be 0 or more")
    if not years:
        raise ValueError("years must not be empty")
    rng = random.Random(seed)
    cases = [_one_case(rng, n, years[n % len(years)]) for n in range(count)]
    cases.sort(key=lambda c: c.opened)
    return cases


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


def generate_demo_outreach(years: Sequence[int] = DEFAULT_YEARS) -> list[OutreachActivity]:
    """Courses, talks, stands and media like those of the 2019 annual report,
    for each of ``years`` (no personal data: organisations and events only)."""
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
    ]


def create_demo_vault(
    path: Path, passphrase: str, count: int = 300, *, kdf: KdfParams | None = None
) -> CreatedVault:
    """A new vault at ``path`` holding ``count`` demo cases and an outreach log."""
    from dime_desktop.vault import Vault

    created = Vault.create(Path(path), passphrase, kdf=kdf, demo=True)
    try:
        created.vault.cases.add_many(generate_demo_cases(count))
        for activity in generate_demo_outreach():
            created.vault.outreach.add(activity)
    except BaseException:
        created.vault.close()
        raise
    return created
