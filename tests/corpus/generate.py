"""Writes the templated part of the evaluation corpus (``generated_*.yaml``).

The corpus is synthetic, written for this project: answer sentences as interviewers record them
(first person, indirect speech, verb-last order, dialect spellings, typos, interpreter remarks),
each annotated with every fact it holds. The hand-written files (``findings.yaml``,
``hand_*.yaml``) hold the cases of the issue's findings and the irregular ones; this script
crosses sentence frames with places and dates so that every frame is tried with names of every
sample country. Run ``python -m tests.corpus.generate`` after changing it; the output is checked
in so that a change of the corpus shows in review.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import yaml

HERE = Path(__file__).parent

# (place id, country id, spellings: standard first, then dialect spellings and slips)
PLACES = [
    ("erbil", "iraq", ["Erbil", "Hawler", "Arbil", "Hewlêr", "Erbill"]),
    ("mosul", "iraq", ["Mossul", "Mosul", "Mousul", "Mosull"]),
    ("sinjar", "iraq", ["Sindschar", "Shingal", "Sinjar", "Şengal"]),
    ("kirkuk", "iraq", ["Kirkuk", "Kerkuk", "Kirkouk"]),
    ("baghdad", "iraq", ["Bagdad", "Baghdad", "Bagdat"]),
    ("fallujah", "iraq", ["Falludscha", "Fallujah", "Faludscha"]),
    ("duhok", "iraq", ["Dohuk", "Duhok", "Dahuk"]),
    ("sulaymaniyah", "iraq", ["Sulaimaniyya", "Slemani", "Suleimaniya"]),
    ("tikrit", "iraq", ["Tikrit", "Tekrit"]),
    ("baqubah", "iraq", ["Bakuba", "Baqubah"]),
    ("halabja", "iraq", ["Halabdscha", "Halabja"]),
    ("aleppo", "syria", ["Aleppo", "Halab", "Alepo"]),
    ("homs", "syria", ["Homs", "Hims"]),
    ("damascus", "syria", ["Damaskus", "Damascus", "Damaskos"]),
    ("raqqa", "syria", ["Rakka", "Raqqa", "ar-Raqqa"]),
    ("kobane", "syria", ["Kobane", "Kobanî", "Kobani"]),
    ("qamishli", "syria", ["Kamischli", "Qamishli", "Qamishlo"]),
    ("afrin", "syria", ["Afrin", "Efrîn"]),
    ("idlib", "syria", ["Idlib", "Idleb"]),
    ("daraa", "syria", ["Daraa", "Deraa"]),
    ("hasakah", "syria", ["Hasaka", "al-Hasaka"]),
    ("latakia", "syria", ["Latakia", "Lattakia"]),
    ("kabul", "afghanistan", ["Kabul", "Kabol", "Kaabul"]),
    ("herat", "afghanistan", ["Herat", "Harat", "Herath"]),
    ("kandahar", "afghanistan", ["Kandahar", "Qandahar", "Kandahaar"]),
    ("mazar", "afghanistan", ["Masar-e Scharif", "Mazar-i-Sharif", "Masar-i-Scharif"]),
    ("jalalabad", "afghanistan", ["Dschalalabad", "Jalalabad", "Jalal Abad"]),
    ("ghazni", "afghanistan", ["Ghazni", "Ghasni", "Gazni"]),
    ("kunduz", "afghanistan", ["Kundus", "Kunduz"]),
    ("bamyan", "afghanistan", ["Bamiyan", "Bamyan"]),
    ("khost", "afghanistan", ["Khost", "Chost"]),
    ("tehran", "iran", ["Teheran", "Tehran", "Tehraan"]),
    ("mashhad", "iran", ["Maschhad", "Mashhad", "Meschhed"]),
    ("shiraz", "iran", ["Schiras", "Shiraz"]),
    ("tabriz", "iran", ["Täbris", "Tabriz"]),
    ("kermanshah", "iran", ["Kermanschah", "Kermanshah"]),
    ("sanandaj", "iran", ["Sanandadsch", "Sanandaj"]),
    ("izmir", "turkey", ["Izmir", "İzmir"]),
    ("ankara", "turkey", ["Ankara"]),
    ("diyarbakir", "turkey", ["Diyarbakır", "Diyarbakir", "Amed"]),
    ("gaziantep", "turkey", ["Gaziantep", "Antep"]),
    ("istanbul", "turkey", ["Istanbul", "İstanbul"]),
]
COUNTRY_DE = {
    "iraq": "dem Irak",
    "syria": "Syrien",
    "afghanistan": "Afghanistan",
    "iran": "dem Iran",
    "turkey": "der Türkei",
}
COUNTRY_ACC = {
    "iraq": "den Irak",
    "syria": "Syrien",
    "afghanistan": "Afghanistan",
    "iran": "den Iran",
    "turkey": "die Türkei",
}
# (as said, annotation)
DATES = [
    ("am 15.08.2014", "2014-08-15"),
    ("am 3. März 2016", "2016-03-03"),
    ("im Juli 2015", "2015-07"),
    ("Anfang 2017", "2017-01/2017-04"),
    ("im Sommer 2015", "2015-06/2015-08"),
    ("2013", "2013"),
    ("Ende 2019", "2019-09/2019-12"),
    ("im Herbst 2021", "2021-09/2021-11"),
    ("am 02.11.2020", "2020-11-02"),
    ("Mitte 2018", "2018-05/2018-08"),
    ("im Jahr zweitausendvierzehn", "2014"),
    ("im Jahr 1393", "2014-03-21/2015-03-20"),
    ("am 7.1.2016", "2016-01-07"),
    ("im Dezember 2022", "2022-12"),
    ("im Frühjahr 2016", "2016-03/2016-05"),
    ("am 1. September 2015", "2015-09-01"),
]


def spelled(index: int, place: tuple) -> str:
    return place[2][index % len(place[2])]


def case(cid: str, text: str, **expect) -> dict:
    entry: dict = {"id": cid, "text": text}
    not_ = expect.pop("not_", None)
    question = expect.pop("question", None)
    if question:
        entry["question"] = question
    entry["expect"] = {k: v for k, v in expect.items() if v}
    if not_:
        entry["not"] = not_
    return entry


def german() -> list[dict]:
    cases: list[dict] = []
    cycle = itertools.cycle(range(len(PLACES)))

    def next_place():
        return PLACES[next(cycle)]

    # Origin, said in many ways (each frame with 6 places, spellings rotating).
    origin_frames = [
        "Ich komme aus {p}.",
        "Eigentlich komme ich aus {p}.",
        "Ursprünglich stamme ich aus {p}.",
        "Aus {p} komme ich, dort lebt auch noch meine Mutter.",
        "Der Antragsteller gibt an, er komme aus {p}.",
        "Die Antragstellerin erklärt, sie stamme aus {p}.",
        "Ich bin aus {p}, da habe ich bis zuletzt gelebt.",
        "Meine Heimatstadt ist {p}.",
        "Ich komme aus der Stadt {p}.",
        "Wir kommen alle aus {p}, die ganze Familie.",
    ]
    frame_topics = {6: ["origin"], 9: ["family"]}
    n = 0
    for f, frame in enumerate(origin_frames):
        for k in range(8):
            p = next_place()
            n += 1
            cases.append(
                case(
                    f"de.origin.{n:03d}",
                    frame.format(p=spelled(n + k, p)),
                    place=[p[0]],
                    origin=[p[0]],
                    topic=frame_topics.get(f, []),
                )
            )
    # Birthplace, with the verb last, inverted and in indirect speech.
    birth_frames = [
        "Ich bin in {p} geboren.",
        "Ich bin in {p} geboren und aufgewachsen.",
        "Geboren bin ich in {p}.",
        "Er sei in {p} geboren worden, sagt der Antragsteller.",
        "Mein Geburtsort ist {p}.",
        "Ich wurde in {p} geboren, später sind wir umgezogen.",
    ]
    n = 0
    for frame in birth_frames:
        for k in range(7):
            p = next_place()
            n += 1
            topics: list[str] = []
            cases.append(
                case(
                    f"de.birth.{n:03d}",
                    frame.format(p=spelled(n + k, p)),
                    place=[p[0]],
                    birthplace=[p[0]],
                    topic=topics,
                )
            )
    # A place named as residence or stop: a place, but neither origin nor birthplace.
    mention_frames = [
        "Wir haben zwei Jahre in {p} gewohnt.",
        "Mein Onkel lebt noch in {p}.",
        "Über {p} sind wir weitergefahren.",
        "In {p} haben wir bei Bekannten übernachtet.",
        "Laut Sprachmittler ist mit dem Ort {p} gemeint.",
        "Ich habe in {p} als Schneider gearbeitet.",
    ]
    n = 0
    for frame in mention_frames:
        for k in range(8):
            p = next_place()
            n += 1
            cases.append(
                case(
                    f"de.place.{n:03d}",
                    frame.format(p=spelled(n + k, p)),
                    place=[p[0]],
                    not_={"origin": [p[0]], "birthplace": [p[0]]},
                )
            )
    # Departure: a date in a sentence about leaving the country.
    departure_frames = [
        ("Ich bin {d} ausgereist.", False),
        ("{D} bin ich ausgereist.", False),
        ("{D} habe ich {c} verlassen.", True),
        ("Die Ausreise erfolgte laut Antragsteller {d}.", False),
        ("Wir sind {d} aus {cd} geflohen.", True),
        ("Ich habe mein Heimatland {d} verlassen.", False),
        ("Er sei {d} aus {cd} ausgereist.", True),
    ]
    n = 0
    countries = ["iraq", "syria", "afghanistan", "iran"]
    for f, (frame, names_country) in enumerate(departure_frames):
        for k in range(5):
            said, iso = DATES[(f * 5 + k) % len(DATES)]
            country = countries[(f + k) % len(countries)]
            n += 1
            text = frame.format(
                d=said,
                D=said[0].upper() + said[1:],
                c=COUNTRY_ACC[country],
                cd=COUNTRY_DE[country],
            )
            cases.append(
                case(
                    f"de.departure.{n:03d}",
                    text,
                    place=[country] if names_country else [],
                    date=[iso],
                    departure=[iso],
                )
            )
    # Dates of events that are no departure.
    event_frames = [
        ("{D} wurde mein Bruder verhaftet.", ["arrest"], []),
        ("{D} kamen die Taliban in unser Dorf.", [], ["taliban"]),
        ("Mein Vater ist {d} gestorben.", [], []),
        ("{D} hat der IS unser Haus angegriffen.", ["attack"], ["islamic_state"]),
        ("Ich habe {d} geheiratet.", [], []),
        ("Die Drohbriefe kamen {d}.", ["threat"], []),
        ("{D} bin ich nach Deutschland eingereist.", [], []),
    ]
    n = 0
    for f, (frame, topics, actors) in enumerate(event_frames):
        for k in range(5):
            said, iso = DATES[(f * 3 + k + 1) % len(DATES)]
            n += 1
            text = frame.format(d=said, D=said[0].upper() + said[1:])
            cases.append(
                case(
                    f"de.date.{n:03d}",
                    text,
                    place=["germany"] if "Deutschland" in text else [],
                    date=[iso],
                    topic=topics,
                    actor=actors,
                    not_={"departure": [iso]},
                )
            )
    # Negated topics: the word is there, the event is denied.
    negations = [
        ("Ich nehme keine Medikamente.", "illness"),
        ("Ich wurde nie verhaftet.", "arrest"),
        ("Ich bin nicht krank.", "illness"),
        ("Gefoltert wurde ich nicht.", "torture"),
        ("Man hat mich niemals festgenommen.", "arrest"),
        ("Bedroht wurde ich persönlich nicht.", "threat"),
        ("Er sei nicht inhaftiert gewesen.", "arrest"),
        ("Ich habe keine Krankheiten.", "illness"),
        ("Nein, ich wurde nicht gefoltert.", "torture"),
        ("Ich hatte nie Albträume.", "trauma"),
        ("Ich bin weder krank noch verletzt.", "illness"),
        ("Eine Vergewaltigung hat es nicht gegeben.", "gbv"),
        ("Keine Drohbriefe, nichts dergleichen.", "threat"),
        ("Ich war noch nie im Gefängnis.", "arrest"),
        ("Sie sei nicht beschnitten.", "fgm"),
        ("Ich habe keine Fingerabdrücke abgegeben.", "fingerprints"),
        ("Wir wurden nicht angegriffen.", "attack"),
        ("Einen Asylantrag habe ich dort nicht gestellt.", "asylum_application"),
        ("Ich habe keine Beweise dafür.", "evidence"),
        ("Ich bin nicht zur Polizei gegangen.", "state_protection"),
    ]
    for i, (text, topic) in enumerate(negations, 1):
        actors = ["state_forces"] if "Polizei" in text else []
        cases.append(
            case(
                f"de.negation.{i:03d}",
                text,
                negated=[topic],
                actor=actors,
                not_={"topic": [topic]},
            )
        )
    # The same words, said: not negated. "nicht nur ..., sondern auch" is no negation.
    affirmations = [
        ("Ich wurde verhaftet und zwei Wochen festgehalten.", ["arrest"], []),
        ("Ich nehme Medikamente gegen Diabetes.", ["illness"], []),
        ("Ich wurde nicht nur verhaftet, sondern auch gefoltert.", ["arrest", "torture"], []),
        ("Sie haben mich gefoltert, ich habe keine Kraft mehr.", ["torture"], []),
        ("Ich habe bis heute Albträume.", ["trauma"], []),
        ("Man hat mich bedroht, aber ich habe keine Beweise.", ["threat"], ["evidence"]),
        ("Ich wurde festgenommen, obwohl ich nichts getan hatte.", ["arrest"], []),
        ("Mein Sohn ist krank, er braucht Medikamente.", ["illness"], []),
    ]
    for i, (text, topics, negated) in enumerate(affirmations, 1):
        cases.append(
            case(
                f"de.affirmed.{i:03d}",
                text,
                topic=topics,
                negated=negated,
                not_={"negated": topics},
            )
        )
    # Ages now and ages then (hearing 2024-03-01).
    ages = [
        ("Ich bin 16.", "16", None),
        ("Ich bin sechzehn Jahre alt.", "16", None),
        ("Ich bin jetzt 25 Jahre alt.", "25", None),
        ("Er sei 17 Jahre alt.", "17", None),
        ("Ich bin siebzehn.", "17", None),
        ("Ich bin dreiundzwanzig Jahre alt.", "23", None),
        ("Jetzt bin ich 19 Jahre alt.", "19", None),
        ("Ich bin 15 Jahre alt, mein Bruder ist 20.", "15", None),
        ("2015 kamen die Taliban, da war ich 12 Jahre alt.", "12@2015", "2015"),
        ("Im Jahr 2005 bin ich 15 Jahre alt gewesen.", "15@2005", "2005"),
        ("Als ich 2016 ausreiste, war ich vierzehn Jahre alt.", "14@2016", "2016"),
        ("Im Sommer 2018 war ich erst 13 Jahre alt.", "13@2018-06/2018-08", "2018-06/2018-08"),
    ]
    for i, (text, age, when) in enumerate(ages, 1):
        topics = []
        actors = ["taliban"] if "Taliban" in text else []
        departure = [when] if "ausreiste" in text else []
        cases.append(
            case(
                f"de.age.{i:03d}",
                text,
                age=[age],
                date=[when] if when else [],
                departure=departure,
                topic=topics,
                actor=actors,
            )
        )
    # Family counts with number words past twelve.
    counts = [
        ("Ich habe drei Kinder.", "children=3"),
        ("Wir sind sieben Geschwister.", "siblings=7"),
        ("Ich habe zwei Brüder und eine Schwester.", "brothers=2 sisters=1"),
        ("Sie habe vier Töchter.", "daughters=4"),
        ("Mein Mann und ich haben vierzehn Kinder.", "children=14"),
        ("Ich habe keine Schwestern.", "sisters=0"),
        ("Ich habe 2 Söhne.", "sons=2"),
        ("Wir waren insgesamt fünfzehn Geschwister.", "siblings=15"),
    ]
    for i, (text, count) in enumerate(counts, 1):
        cases.append(case(f"de.count.{i:03d}", text, count=count.split()))
    return cases


def false_friends() -> list[dict]:
    """Ordinary German nouns one letter away from a place name: never a place."""
    frames = [
        "Das Wort {w} hat der Sprachmittler so übersetzt.",
        "{w} war damals in der Familie ein großes Thema.",
        "Er sprach von {w}, nicht von einem Ort.",
    ]
    words = [
        ("Heirat", "herat"),
        ("Kabel", "kabul"),
        ("Mosel", "mosul"),
        ("Bauch", "balkh"),
        ("Halal", "aleppo"),
        ("Malte", "malta"),
        ("Atmen", "athens"),
        ("Hamas", "homs"),
        ("Irren", "iran"),
        ("Kiesel", "kirkuk"),
        ("Tafel", "tal_afar"),
        ("Hafer", "herat"),
        ("Damen", "damascus"),
        ("Karten", "kirkuk"),
        ("Sirene", "syria"),
        ("Ehre", "erbil"),
        ("Halle", "aleppo"),
        ("Gasse", "ghazni"),
        ("Krone", "kunduz"),
    ]
    cases = []
    n = 0
    for w, (word, near) in enumerate(words):
        for frame in frames[: 2 if w < 7 else 1]:
            n += 1
            text = frame.format(w=word)
            topics = ["family"] if "Familie" in text else []
            cases.append(case(f"de.noun.{n:03d}", text, topic=topics, not_={"place": [near]}))
    for word, near in neighbours_in_wordlist(limit=45):
        n += 1
        text = f"Dazu sagte er nur: {word}."
        cases.append(case(f"de.noun.{n:03d}", text, not_={"place": [near]}))
    return cases


def neighbours_in_wordlist(limit: int) -> list[tuple[str, str]]:
    """Common German words one edit away from a place name of the sample packs.

    Taken from wordfreq's German list, so the corpus holds the words that really trip a fuzzy
    matcher, not only the ones someone happened to think of.
    """
    from rapidfuzz.distance import OSA
    from wordfreq import top_n_list, zipf_frequency

    from app.assistant import Assistant
    from app.assistant.normalize import name_variants, normalize
    from app.paths import rules_dir

    assistant = Assistant.load(rules_dir())
    names: dict[str, str] = {}
    for place in assistant.knowledge.places.values():
        for name in (
            *place.names,
            *((place.display.de, place.display.en) if place.display else ()),
        ):
            for key in name_variants(name):
                if " " not in key and key.isalpha() and key.isascii() and len(key) >= 5:
                    names.setdefault(key, place.id)
    found: list[tuple[str, str]] = []
    for word in top_n_list("de", 60000):
        key = normalize(word)
        if not (5 <= len(word) <= 8 and word.isalpha()) or key in names:
            continue
        if key.endswith("s") and key[:-1] in names:
            continue  # "Italiens", "Polens": the genitive of a place is that place
        if zipf_frequency(word, "de") < 3.0:
            break
        near = next((pid for name, pid in names.items() if OSA.distance(key, name) <= 1), None)
        if near:
            found.append((word.capitalize(), near))
        if len(found) >= limit:
            break
    return found


def english() -> list[dict]:
    frames = [
        ("I am from {p}.", "origin"),
        ("I come from {p}, my parents still live there.", "origin"),
        ("I was born in {p}.", "birthplace"),
        ("My place of birth is {p}.", "birthplace"),
        ("We lived in {p} for two years.", "place"),
        ("He states that he comes from {p}.", "origin"),
    ]
    cases = []
    places = [p for p in PLACES if p[0] not in ("mazar",)]
    n = 0
    for f, (frame, role) in enumerate(frames):
        for k in range(5):
            p = places[(f * 7 + k * 3) % len(places)]
            n += 1
            name = p[2][1] if len(p[2]) > 1 and p[2][1].isascii() else p[2][0]
            text = frame.format(p=name)
            expect = {"place": [p[0]]}
            if role != "place":
                expect[role] = [p[0]]
            if "parents" in text:
                expect["topic"] = ["family"]
            cases.append(case(f"en.{role}.{n:03d}", text, **expect))
    others = [
        (
            "I left my country on 15 August 2014.",
            {"date": ["2014-08-15"], "departure": ["2014-08-15"]},
        ),
        (
            "We fled Syria in summer 2015.",
            {"place": ["syria"], "date": ["2015-06/2015-08"], "departure": ["2015-06/2015-08"]},
        ),
        (
            "I left Afghanistan in March 2021.",
            {"place": ["afghanistan"], "date": ["2021-03"], "departure": ["2021-03"]},
        ),
        ("I arrived in Germany on 2 January 2016.", {"place": ["germany"], "date": ["2016-01-02"]}),
        ("I am 17 years old.", {"age": ["17"]}),
        ("I'm sixteen.", {"age": ["16"]}),
        ("In 2015 I was 12 years old.", {"age": ["12@2015"], "date": ["2015"]}),
        ("I was never arrested.", {"negated": ["arrest"]}),
        ("I do not take any medication.", {"negated": ["illness"]}),
        ("I was not tortured.", {"negated": ["torture"]}),
        ("They arrested me twice and beat me.", {"topic": ["arrest"]}),
        ("I have three children.", {"count": ["children=3"]}),
        ("I have two brothers.", {"count": ["brothers=2"]}),
        ("The Taliban came to our village in 2019.", {"actor": ["taliban"], "date": ["2019"]}),
        (
            "ISIS attacked Sinjar in August 2014.",
            {
                "actor": ["islamic_state"],
                "place": ["sinjar"],
                "topic": ["attack"],
                "date": ["2014-08"],
            },
        ),
        ("We crossed from Turkey to Greece by boat.", {"place": ["turkey", "greece"]}),
        (
            "My fingerprints were taken in Bulgaria.",
            {"place": ["bulgaria"], "topic": ["fingerprints"]},
        ),
        ("I had no problems with the police.", {"actor": ["state_forces"]}),
        ("My marriage was arranged in 2012.", {"date": ["2012"], "not_": {"place": ["herat"]}}),
        ("Two years ago my father died.", {"date": ["2021-09-01/2022-09-01"]}),
    ]
    for i, (text, expect) in enumerate(others, 1):
        cases.append(case(f"en.misc.{i:03d}", text, **expect))
    return cases


SCRIPT = [
    ("أربيل", "erbil", "iraq"),
    ("هەولێر", "erbil", "iraq"),
    ("الموصل", "mosul", "iraq"),
    ("سنجار", "sinjar", "iraq"),
    ("شنگال", "sinjar", "iraq"),
    ("كركوك", "kirkuk", "iraq"),
    ("کەرکووک", "kirkuk", "iraq"),
    ("بغداد", "baghdad", "iraq"),
    ("دهۆک", "duhok", "iraq"),
    ("سلێمانی", "sulaymaniyah", "iraq"),
    ("حلبجة", "halabja", "iraq"),
    ("حلب", "aleppo", "syria"),
    ("حمص", "homs", "syria"),
    ("دمشق", "damascus", "syria"),
    ("الرقة", "raqqa", "syria"),
    ("كوباني", "kobane", "syria"),
    ("القامشلي", "qamishli", "syria"),
    ("عفرين", "afrin", "syria"),
    ("إدلب", "idlib", "syria"),
    ("درعا", "daraa", "syria"),
    ("کابل", "kabul", "afghanistan"),
    ("كابول", "kabul", "afghanistan"),
    ("هرات", "herat", "afghanistan"),
    ("کندهار", "kandahar", "afghanistan"),
    ("مزار شریف", "mazar", "afghanistan"),
    ("جلال آباد", "jalalabad", "afghanistan"),
    ("غزنی", "ghazni", "afghanistan"),
    ("ننګرهار", "nangarhar", "afghanistan"),
    ("بامیان", "bamyan", "afghanistan"),
    ("تهران", "tehran", "iran"),
    ("مشهد", "mashhad", "iran"),
    ("شیراز", "shiraz", "iran"),
    ("کرمانشاه", "kermanshah", "iran"),
    ("سنندج", "sanandaj", "iran"),
    ("ديار بكر", "diyarbakir", "turkey"),
]


def in_script() -> list[dict]:
    frames = [
        ("Ich komme aus {p}.", "origin"),
        ("Der Antragsteller schreibt seinen Herkunftsort als {p}.", "place"),
    ]
    cases = []
    for n, (name, pid, _country) in enumerate(SCRIPT, 1):
        frame, role = frames[(n - 1) % 2]
        expect = {"place": [pid], "origin": [pid]}
        if role == "place":
            expect["topic"] = ["origin"]
        cases.append(case(f"script.{n:03d}", frame.format(p=name), **expect))
    whole = [
        ("أنا من الموصل.", {"place": ["mosul"], "origin": ["mosul"]}),
        ("ولدت في حلب.", {"place": ["aleppo"], "birthplace": ["aleppo"]}),
        ("من اهل كركوك.", {"place": ["kirkuk"], "origin": ["kirkuk"]}),
        ("بأربيل كان بيتنا.", {"place": ["erbil"]}),
        ("وبالموصل كان عمي.", {"place": ["mosul"]}),
        ("Wir sind von حلب nach دمشق gefahren.", {"place": ["aleppo", "damascus"]}),
        ("Er zeigte auf der Karte auf کابل und dann auf هرات.", {"place": ["kabul", "herat"]}),
        (
            "داعش دخلت الموصل في حزيران 2014.",
            {"place": ["mosul"], "actor": ["islamic_state"], "date": ["2014-06"]},
        ),
        ("Ich bin in سنجار geboren.", {"place": ["sinjar"], "birthplace": ["sinjar"]}),
        ("Meine Familie lebt in تهران.", {"place": ["tehran"], "topic": ["family"]}),
        ("Geboren bin ich in مزار شریف.", {"place": ["mazar"], "birthplace": ["mazar"]}),
        ("طالبان kamen nach غزنی.", {"place": ["ghazni"], "actor": ["taliban"]}),
        ("Der Sprachmittler notiert: هەولێر ist Erbil.", {"place": ["erbil"]}),
        ("Mein Dorf liegt bei ننگرهار.", {"place": ["nangarhar"]}),
        ("Wir wohnten in الرقة unter داعش.", {"place": ["raqqa"], "actor": ["islamic_state"]}),
    ]
    for i, (text, expect) in enumerate(whole, 1):
        cases.append(case(f"script.text.{i:03d}", text, **expect))
    return cases


def write(name: str, cases: list[dict], **defaults) -> None:
    header = (
        "# Generated by tests/corpus/generate.py - synthetic, written for ASA; edit the script.\n"
    )
    data = {"defaults": {"hearing_date": "2024-03-01", **defaults}, "cases": cases}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    (HERE / name).write_text(header + text, encoding="utf-8")


def main() -> None:
    write("generated_de.yaml", german(), lang="de")
    write("generated_nouns.yaml", false_friends(), lang="de")
    write("generated_en.yaml", english(), lang="en")
    write("generated_script.yaml", in_script(), lang="de")


if __name__ == "__main__":
    main()
