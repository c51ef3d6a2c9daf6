#!/usr/bin/env python3
"""Writes corpus.bib: a bibliography of our own invented sources, deterministically (no random
module: entry i takes row i * stride of each table). The hand-written tricky entries come from
tricky.bib, appended as they are. Run by regenerate.sh; never edit corpus.bib by hand."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

GIVEN = ["Ann", "Bj{\\\"o}rn", "Jos{\\'e}", "Fran{\\c{c}}ois", "Zo\\\"{e}", "{\\O}ystein", "J.~R.", "J.R.",
         "Mar{\\'\\i}a", "Ji\\v{r}{\\'\\i}", "Ingrid", "Ren\\'ee", "{\\AA}sa", "\\L{}ukasz", "Nu{\\~n}o",
         "Dag", "Hans-Peter", "Chlo\\\"e", "Agnieszka", "Tom\\'{a}\\v{s}", "S{\\o}ren", "Eug{\\`e}ne",
         "Jean~Paul", "W.", "Ma{\\ss}imo", "Olga", "{\\'E}mile", "Lars", "\\c{C}a\\u{g}la", "Kwame"]
FAMILY = ["M\\\"{u}ller", "{Lewin-Koh}", "Corb{\\'\\i}", "Stra{\\ss}er", "Nakamura", "{\\O}degaard",
          "Ko\\v{s}ick\\'{y}", "Gonz{\\'a}lez", "Br{\\aa}then", "Wa{\\l}\\k{e}sa", "Hollings", "Pereira",
          "Dvo{\\v r}{\\'a}k", "Okafor", "{\\\"O}zt{\\\"u}rk", "Lindqvist", "Sch{\\\"o}nberg", "Fairweather",
          "Ib{\\'a}{\\~n}ez", "Thorsen", "{McAllister}", "{O'Brien}", "Quist", "Halvorsen", "Adeyemi"]
PARTICLED = ["van der Berg", "de la Cruz", "von Stein", "van Dijk", "de Souza", "di Marco", "le Roux",
             "da Silva", "van den Heuvel", "{Van Buren}", "d'Alembert", "von der Heide"]
SUFFIXES = ["Jr.", "Sr.", "III", "Jr"]
CORPORATE = ["{World Health Organization}", "{Institute of Imaginary Studies}", "{R Core Team}",
             "{Nordic Council for Invented Data}", "{The Open Atlas Project}", "{Bureau of Made-up Statistics}"]
ADJ = ["Quiet", "Unseen", "Portable", "Distributed", "Forgotten", "Recursive", "Gentle", "Hidden", "Measured",
       "Shared", "Early", "Late", "Small", "Broken", "Native", "Open"]
NOUN = ["Archives", "Harbours", "Ledgers", "Models", "Gardens", "Letters", "Machines", "Borders", "Maps",
        "Rivers", "Workshops", "Signals", "Catalogues", "Bridges"]
TOPIC = ["the {JATS} Schema", "{ISO} 8601 Dates", "{ggplot2} Graphics", "the {iPhone} Era", "{NASA} Mission Logs",
         "{DNA} Sequencing", "{eBay} Auctions", "{Fourier} Analysis", "the {Baltic} Trade", "{R} Packages",
         "{\\LaTeX} Typesetting", "{COVID}-19 Dashboards", "{Python} Notebooks", "{U.S.} Census Tables",
         "{von Neumann} Machines", "the {European Union}", "{pH} Measurements", "{GPU} Kernels"]
FORMS = ["{adj} {noun}: A Study of {topic}", "{adj} {noun} and {topic}", "On {topic} -- {adj} {noun}",
         "The {adj} Life of {noun}", "\\emph{{{adj}}} {noun} in {topic}", "{adj} {noun}? Notes on {topic}",
         "{adj} {noun}---Revisited", "Why {topic} Matter: {adj} {noun}", "``{adj}'' {noun} of {topic}",
         "{adj} {noun} \\& Co.: {topic}", "A {adj} Approach to {noun}. Part {num}", "{noun} in {year}: {adj} Evidence",
         "{adj} {noun} (\\textit{{{topic}}})", "\\textbf{{{adj}}} {noun}: From {topic} to {noun2}",
         "{adj} {noun} in the {{Middle Ages}}", "Counting {noun}~and {noun2}"]
JOURNALS = ["Journal of Invented Results", "Annals of {Imaginary} Science", "Quarterly Review of Small Things",
            "Acta Inventa", "The {Harbour} Letters", "Studies in Made-up History", "Transactions on {Data} \\& Maps"]
PUBLISHERS = ["Lantern Press", "Meridian \\& Sons", "Northwind Publishing", "{Presses de l'Imaginaire}",
              "Blue Finch Books", "Ostrava University Press"]
CITIES = ["Tromsø", "Lyon", "Kraków and Wrocław", "Porto", "Nagoya", "Accra", "Edinburgh"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "{March}", "5", "{11}"]
TYPES = ["article", "book", "incollection", "inproceedings", "phdthesis", "mastersthesis", "techreport", "misc",
         "online", "manual", "booklet", "unpublished", "inbook", "report", "thesis", "collection", "proceedings",
         "dataset", "software", "patent", "periodical", "mvbook", "reference", "inreference", "video", "letter"]


def pick(table, i, stride):
    return table[(i * stride + i // len(table)) % len(table)]


def person(i, stride):
    kind = (i * stride) % 9
    given = pick(GIVEN, i, stride + 2)
    if kind == 0:
        return pick(PARTICLED, i, stride) + ", " + given
    if kind == 1:
        return given + " " + pick(PARTICLED, i, stride + 1)
    if kind == 2:
        return pick(FAMILY, i, stride) + ", " + pick(SUFFIXES, i, 1) + ", " + given
    if kind == 3:
        return pick(CORPORATE, i, stride)
    if kind == 4:
        return given + " " + pick(FAMILY, i, stride + 3)
    return pick(FAMILY, i, stride) + ", " + given


def names(i, count, stride):
    people = [person(i + k, stride + k) for k in range(count)]
    if (i + stride) % 11 == 0:
        people.append("others")
    return " and ".join(people)


def title(i):
    form = pick(FORMS, i, 7)
    return form.format(adj=pick(ADJ, i, 3), noun=pick(NOUN, i, 5), noun2=pick(NOUN, i, 2), topic=pick(TOPIC, i, 11),
                       num=1 + i % 4, year=1900 + (i * 7) % 120)


def entry(i):
    etype = pick(TYPES, i, 1)
    key = "gen%03d" % i
    year = 1950 + (i * 13) % 75
    f = []
    if etype not in ("proceedings", "periodical", "collection"):
        f.append(("author", "{%s}" % names(i, 1 + i % 4, 3)))
    if etype in ("incollection", "collection", "proceedings", "inproceedings", "mvbook", "reference") or i % 10 == 0:
        f.append(("editor", "{%s}" % names(i + 5, 1 + i % 2, 5)))
    if i % 17 == 0:
        f.append(("translator", "{%s}" % names(i + 9, 1, 7)))
    f.append(("title", "{%s}" % title(i)))
    if i % 6 == 0:
        f.append(("subtitle", "{%s}" % title(i + 3).split(":")[0]))
    if i % 9 == 0:
        f.append(("shorttitle", "{%s}" % pick(NOUN, i, 1)))
    if etype == "article":
        f.append(("journal", "{%s}" % pick(JOURNALS, i, 3) if i % 5 else "ijr"))
        f.append(("volume", "{%d}" % (1 + i % 40)))
        f.append(("number", "{%d}" % (1 + i % 6)))
        pages = ["{%d--%d}" % (i, i + 12), "{n/a--n/a}", "{e%d}" % i, "%d" % (i + 3), "{%d---%d}" % (i, i + 4)]
        f.append(("pages", pick(pages, i, 1)))
    elif etype in ("incollection", "inproceedings", "inbook", "inreference"):
        f.append(("booktitle", "{%s}" % title(i + 1)))
        f.append(("pages", "{%d--%d}" % (i % 300, i % 300 + 20)))
    if etype in ("book", "incollection", "inbook", "manual", "collection", "proceedings", "mvbook", "reference",
                 "inproceedings"):
        f.append(("publisher", "{%s}" % pick(PUBLISHERS, i, 5)))
        f.append(("address", "{%s}" % pick(CITIES, i, 3)))
        if i % 4 == 0:
            f.append(("edition", "{%d}" % (2 + i % 3)))
        if i % 7 == 0:
            f.append(("series", "{%s}" % (str(1 + i % 12) if i % 2 else "Lecture Notes in {Invented} Science")))
            f.append(("number", "{%d}" % (1 + i % 99)))
    if etype in ("phdthesis", "mastersthesis", "thesis"):
        f.append(("school", "{University of %s}" % pick(CITIES, i, 1).split(" and ")[0]))
        if etype == "thesis" or i % 3 == 0:
            f.append(("type", "{%s}" % ["phdthesis", "mathesis", "Diplomarbeit", "Habilitation"][i % 4]))
    if etype in ("techreport", "report"):
        f.append(("institution", "{%s}" % pick(CORPORATE, i, 1)[1:-1]))
        f.append(("number", "{TR-%d}" % i))
    if etype in ("misc", "online", "dataset", "software", "video"):
        if i % 2:
            f.append(("howpublished", "{\\url{https://example.org/%s/%d}}" % (etype, i)))
        else:
            f.append(("url", "{https://example.net/item_%d?x=1&y=%%20}" % i))
            f.append(("urldate", "{20%02d-%02d-%02d}" % (10 + i % 15, 1 + i % 12, 1 + i % 28)))
    if etype == "patent":
        f.append(("location", "{countryus and countryuk}" if i % 2 else "{DE}"))
        f.append(("number", "{%d}" % (4000000 + i)))
    if etype == "unpublished" and i % 2:
        f.append(("eventtitle", "{Annual Meeting of {Invented} Studies}"))
        f.append(("venue", "{%s}" % pick(CITIES, i, 2)))
    if i % 3 == 0:
        f.append(("date", "{%d-%02d}" % (year, 1 + i % 12)) if i % 2 else ("date", "{%d-%02d-%02d}" % (year, 1 + i % 12, 1 + i % 28)))
    else:
        f.append(("year", "{%d}" % year if i % 8 else "%d" % year))
        if i % 5 == 0:
            f.append(("month", pick(MONTHS, i, 1)))
    if i % 4 == 1:
        f.append(("doi", "{10.5555/inv.%d.%d}" % (year, i)))
    if i % 12 == 5:
        f.append(("note", "{%s}" % pick(["Reprint of the {1901} edition", "In press", "See also \\cite{gen001}",
                                          "Translated from the {German}", "Pages ~12--14 \\& notes"], i, 1)))
    if i % 15 == 2:
        f.append(("isbn", "{978-0-00-%06d-%d}" % (i, i % 10)))
    if i % 19 == 3:
        f.append(("langid", "{%s}" % ["german", "french", "english", "british"][i % 4]))
    if i % 23 == 4:
        f.append(("keywords", "{invented, corpus, test}"))
    lines = ["@%s{%s," % (etype if i % 13 else etype.upper(), key)]
    for k, v in f:
        lines.append("  %s = %s," % (k, v))
    lines.append("}")
    return "\n".join(lines)


def main():
    parts = ["% Generated by generate.py from invented tables; do not edit.",
             "@string{ijr = {International Journal of {Invented} Results}}",
             "@preamble{\"\\newcommand{\\noop}[1]{}\"}",
             "@comment{ This is ignored: @book{ignored, title = {Not an entry}} }"]
    parts += [entry(i) for i in range(300)]
    with open(os.path.join(HERE, "tricky.bib"), encoding="utf-8") as tricky:
        parts.append(tricky.read().rstrip())
    with open(os.path.join(HERE, "corpus.bib"), "w", encoding="utf-8", newline="\n") as out:
        out.write("\n\n".join(parts) + "\n")


if __name__ == "__main__":
    main()
