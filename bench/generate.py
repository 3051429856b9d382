#!/usr/bin/env python3
"""Writes a realistic, deterministic samverkan content folder for the benchmark.

    bench/generate.py OUT_DIR N [--seed S] [--extended]

OUT_DIR gets site.yml and pages/ (copied from the project's content/), six bodies, twelve topics,
milestones.yml and N held meetings spread over 2001–2025, at meetings/<yyyy>/<yyyy-mm-dd>-<body>[-n].md.
Each meeting has 6–10 agenda items (`## N. Title`) with paragraphs, lists, sub-items, tables and
links to earlier meetings, bodies and topics; two participant groups (6–14 people, some absent);
about four decisions (approval of the previous minutes, assignments and report-backs among them),
and averages about 10 KB of Markdown, like the archive measured in issue 10 (102 MB for 10 000
meetings). The same N and seed always give the same bytes. Python 3.11 standard library only.

The output passes `samverkan check` without errors or warnings (checked for N = 200 and 2000).
--extended adds the contract's newer fields (decisions' approves, assignment/reports/completes, a
meeting's items:); a binary that does not know them yet reports them as unknown fields (warnings).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import unicodedata
from pathlib import Path

PROJECT_CONTENT = Path(__file__).resolve().parent.parent / "content"
FIRST_DAY = dt.date(2001, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)

# --------------------------------------------------------------------------------------------
# Bodies and topics
# --------------------------------------------------------------------------------------------

BODIES = [
    dict(id="sro", name="Politiskt samrådsorgan mellan VästKom och Västra Götalandsregionen", short="SRO",
         kind="politisk", parties=["VästKom", "Västra Götalandsregionen"], weight=5,
         groups=("Kommunpolitiker (VGK)", "Regionpolitiker (VGR)"), political=True,
         times=("13:00", "15:00"), formats=["fysiskt", "fysiskt", "hybrid"],
         locations=["Regionens hus, Regionens väg 1, Vänersborg", "Göteborgsregionens kommunalförbund, Gullbergs Strandgata 36D, Göteborg",
                    "Stationshuset Lejonet, Göteborg", "Centralhuset Konferens, Drottningtorget 5, Göteborg"],
         topics=["halso-och-sjukvardsavtal", "god-och-nara-vard", "psykisk-halsa", "samverkansorganisation",
                 "uppfoljning", "millennium", "barn-och-unga"],
         description=(
             "Det politiska samrådsorganet (SRO) är forumet för den politiska dialogen mellan kommunerna i Västra Götaland, "
             "genom VästKom, och Västra Götalandsregionen. Här förankras gemensamma ställningstaganden i hälso- och sjukvårdsfrågor "
             "innan de går vidare till respektive huvudmans beslutande organ.\n\n"
             "I SRO sitter kommunpolitiker från de fyra kommunalförbunden – Göteborgsregionen, Fyrbodal, Skaraborg och "
             "Boråsregionen – och regionpolitiker från regionstyrelsen och hälso- och sjukvårdsnämnderna. Tjänstepersoner "
             "från VästKom och regionen bereder mötena.")),
    dict(id="gemensam-styrgrupp", name="Gemensam styrgrupp för vårdsamverkan", short="Gemensam styrgrupp",
         kind="tjänsteperson", parties=["VästKom", "Västra Götalandsregionen"], weight=4,
         groups=("Styrgrupp Region", "Styrgrupp Kommun"), political=False,
         times=("09:00", "12:00"), formats=["hybrid", "fysiskt", "digitalt"],
         locations=["Regionens hus, lokal Bommen, Göteborg", "VästKom, Södra Hamngatan 37, Göteborg", "Teams"],
         topics=["halso-och-sjukvardsavtal", "in-och-utskrivning", "patientsakerhet", "uppfoljning",
                 "samverkansorganisation", "millennium", "palliativ-vard"],
         description=(
             "Den gemensamma styrgruppen samlar tjänstepersoner från regionens förvaltningar och från kommunerna, "
             "genom VästKom och kommunalförbunden. Styrgruppen bereder frågor till det politiska samrådsorganet och "
             "följer genomförandet av gemensamma överenskommelser.\n\n"
             "Styrgruppen möts ungefär en gång i månaden utom under sommaren.")),
    dict(id="politisk-referensgrupp", name="Politisk referensgrupp för hälso- och sjukvårdsavtalet", short="Politisk referensgrupp",
         kind="politisk", parties=["VästKom", "Västra Götalandsregionen"], weight=2,
         groups=("Kommunpolitiker", "Regionpolitiker"), political=True,
         times=("15:00", "16:30"), formats=["digitalt", "hybrid"],
         locations=["Teams", "Regionens hus, Göteborg, och Teams"],
         topics=["halso-och-sjukvardsavtal", "samverkansorganisation", "god-och-nara-vard", "barn-och-unga"],
         description=(
             "Den politiska referensgruppen ger löpande politisk rådgivning i arbetet med hälso- och sjukvårdsavtalet och "
             "dess lagreglerade överenskommelser, så att den politiska beslutsprocessen kan kortas.\n\n"
             "Gruppen består av två företrädare för regionen och fyra för kommunerna, en från varje kommunalförbund.")),
    dict(id="tjansteperson-referensgrupp", name="Referensgrupp för tjänstepersoner i delregional vårdsamverkan",
         short="Tjänstepersonsreferensgrupp", kind="tjänsteperson", parties=["VästKom", "Västra Götalandsregionen"], weight=2,
         groups=("Kommunerna", "Regionen"), political=False,
         times=("10:00", "12:00"), formats=["digitalt", "digitalt", "hybrid"],
         locations=["Teams", "Skaraborgs kommunalförbund, Skövde", "Fyrbodals kommunalförbund, Vänersborg"],
         topics=["in-och-utskrivning", "psykisk-halsa", "palliativ-vard", "patientsakerhet", "barn-och-unga",
                 "god-och-nara-vard"],
         description=(
             "Referensgruppen samlar samordnare från de delregionala vårdsamverkansgrupperna. Den fångar upp skav i "
             "samverkan mellan kommun och region och ger synpunkter på förslag innan de går till styrgruppen.")),
    dict(id="arbetsgrupp-lakemedel", name="Arbetsgrupp läkemedel i samverkan", short="Arbetsgrupp läkemedel",
         kind="arbetsgrupp", parties=["VästKom", "Västra Götalandsregionen"], weight=2,
         groups=("Regionen", "Kommunerna"), political=False,
         times=("13:00", "15:30"), formats=["digitalt", "fysiskt"],
         locations=["Teams", "Läkemedelsenheten, Regionens hus, Göteborg"],
         topics=["lakemedel", "patientsakerhet", "palliativ-vard", "digitalisering"],
         description=(
             "Arbetsgruppen arbetar med läkemedelsfrågor i gränslandet mellan kommun och region: läkemedelsgenomgångar, "
             "läkemedelsförråd i kommunal hälso- och sjukvård, dosdispensering och ordination vid utskrivning.")),
    dict(id="arbetsgrupp-digitalisering", name="Arbetsgrupp digitalisering och e-hälsa", short="Arbetsgrupp digitalisering",
         kind="arbetsgrupp", parties=["VästKom", "Västra Götalandsregionen"], weight=3,
         groups=("Regionen", "Kommunerna"), political=False,
         times=("09:30", "11:30"), formats=["digitalt", "digitalt", "hybrid"],
         locations=["Teams", "Västfastigheter, Göteborg", "Borås stadshus, Borås"],
         topics=["digitalisering", "millennium", "in-och-utskrivning", "uppfoljning"],
         description=(
             "Arbetsgruppen samordnar digitala stöd för samverkan: informationsöverföring vid in- och utskrivning, "
             "gemensamma vårdplaner, digitala vårdmöten och införandet av nya vårdinformationssystem.")),
]
BODY_BY_ID = {b["id"]: b for b in BODIES}

TOPICS = {
    "halso-och-sjukvardsavtal": dict(
        title="Hälso- och sjukvårdsavtalet",
        description="Avtalet mellan Västra Götalandsregionen och länets 49 kommuner om ansvarsfördelning och samverkan i hälso- och sjukvården, med tillhörande lagreglerade överenskommelser.",
        np="hälso- och sjukvårdsavtalet",
        items=["Hälso- och sjukvårdsavtalet med tillhörande överenskommelser", "Tidsplan för nytt hälso- och sjukvårdsavtal",
               "Remissvar på förslag till hälso- och sjukvårdsavtal", "Lägesrapport avtalsarbetet", "Dialogkonferens om avtalet"],
        sentences=["Förslaget till avtal har arbetats om efter remissrundan och innehåller nu ett tydligare kapitel om ansvarsfördelning.",
                   "Flera kommuner har efterfrågat en tydligare skrivning om vård i hemmet och om vem som bär kostnaden för hjälpmedel.",
                   "Avtalet ska gälla i fyra år och förlängs därefter två år i taget om ingen part säger upp det.",
                   "Juristerna i arbetsgruppen har sett över formuleringarna om tvistlösning och ekonomisk reglering.",
                   "De lagreglerade överenskommelserna tas fram parallellt och ska beslutas i samma process som avtalet."]),
    "god-och-nara-vard": dict(
        title="God och nära vård",
        description="Omställningen till en god och nära vård med primärvården som nav, och den gemensamma färdplanen för regionen och kommunerna.",
        np="omställningen till god och nära vård",
        items=["Färdplan god och nära vård", "Uppföljning av omställningen till nära vård", "Nära vård i praktiken – exempel från delregionerna",
               "Statsbidrag för god och nära vård"],
        sentences=["Omställningen kräver att arbetssätten förändras i både kommun och region, och att invånarens perspektiv står i centrum.",
                   "Delregionerna redovisade exempel på mobila team och gemensamma vårdplaneringar i hemmet.",
                   "Statsbidragen för god och nära vård fördelas enligt samma modell som föregående år.",
                   "Färdplanen revideras under året så att målen blir mätbara och möjliga att följa upp.",
                   "Primärvårdens roll som nav behöver tydliggöras i de lokala överenskommelserna."]),
    "psykisk-halsa": dict(
        title="Psykisk hälsa",
        description="Det länsövergripande arbetet inom området psykisk hälsa: barn och unga, samsjuklighet och suicidprevention.",
        np="arbetet med psykisk hälsa",
        items=["Länsövergripande arbete inom området psykisk hälsa", "Suicidprevention i samverkan", "Samsjuklighet – gemensam handlingsplan",
               "Fördelning av statsbidrag psykisk hälsa"],
        sentences=["Lokala behovsanalyser på delregional nivå lyfts till länsgemensam nivå för att fånga samtliga behov.",
                   "Prioriterade områden är barn och unga, samsjuklighet och suicidprevention.",
                   "Den nationella strategin förändrar hur statsbidragen följs upp, och bidragen kan bli prestationsbaserade.",
                   "Tidsfönstret för att få ut statsbidragen i januari är kort eftersom beskeden kommer i december.",
                   "En gemensam arbetsgrupp granskar organiseringen och styrningen mellan regionen och kommunalförbunden."]),
    "in-och-utskrivning": dict(
        title="Samverkan vid in- och utskrivning",
        description="Samverkan när patienter skrivs in i och ut från slutenvården, enligt lagen om samverkan vid utskrivning från sluten hälso- och sjukvård.",
        np="samverkan vid in- och utskrivning",
        items=["Samverkan vid in- och utskrivning", "Utskrivningsklara patienter – läget i länet", "Revidering av riktlinjen för in- och utskrivning",
               "Betalningsansvar vid utskrivning"],
        sentences=["Antalet dagar som utskrivningsklara patienter väntar på att skrivas ut har minskat i tre av fyra delregioner.",
                   "Skav finns kring in- och utskrivningsprocessen, särskilt vid helger och storhelger.",
                   "Riktlinjen revideras så att den stämmer med de nya arbetssätten i vårdinformationssystemet.",
                   "Den samordnade individuella planen ska upprättas inom tre dagar efter att kallelsen skickats.",
                   "Kommunerna efterfrågar bättre framförhållning när patienter med omfattande behov skrivs ut."]),
    "lakemedel": dict(
        title="Läkemedel och läkemedelsförsörjning",
        description="Läkemedelsfrågor där kommun och region delar ansvar: läkemedelsgenomgångar, förråd, dosdispensering och ordination.",
        np="läkemedelsfrågorna",
        items=["Läkemedelsgenomgångar i kommunal hälso- och sjukvård", "Akutläkemedelsförråd i kommunerna", "Dosdispensering – ny upphandling",
               "Läkemedelslista vid utskrivning"],
        sentences=["Läkemedelsgenomgångarna har ökat men når ännu inte målet om en genomgång per år för varje brukare.",
                   "Akutläkemedelsförråden ses över så att sortimentet motsvarar behoven i hemsjukvården.",
                   "Den nya upphandlingen av dosdispensering påverkar rutinerna för beställning och leverans.",
                   "En aktuell läkemedelslista ska följa med patienten vid varje utskrivning.",
                   "Farmaceuter från regionen stödjer kommunerna i arbetet med läkemedelsgenomgångar."]),
    "digitalisering": dict(
        title="Digitalisering och e-hälsa",
        description="Digitala stöd för samverkan mellan kommun och region: informationsöverföring, digitala vårdmöten och gemensamma vårdplaner.",
        np="digitaliseringen av samverkan",
        items=["Digitala vårdmöten i samverkan", "Informationsöverföring mellan kommun och region", "E-tjänster för invånare",
               "Gemensam vårdplan i digitalt stöd"],
        sentences=["Digitala vårdmöten används allt oftare vid samordnad individuell planering.",
                   "Informationsöverföringen mellan kommunernas verksamhetssystem och regionens journal behöver bli säkrare.",
                   "Flera kommuner har infört digital signering av läkemedel i hemsjukvården.",
                   "Behörighetsstyrningen ses över så att rätt personal når rätt information vid rätt tillfälle.",
                   "E-tjänsterna för invånare ska hänga ihop oavsett vilken huvudman som ansvarar för insatsen."]),
    "millennium": dict(
        title="Millennium",
        description="Införandet av vårdinformationssystemet Millennium och vad det betyder för samverkan mellan kommun och region.",
        np="införandet av Millennium",
        items=["Lägesuppdatering Millennium", "Millennium – konsekvenser för kommunerna", "Driftsättning av Millennium i delregionerna"],
        sentences=["Driftsättningen sker stegvis och nästa steg är planerat till hösten.",
                   "Kommunerna behöver utbildning i de nya arbetssätten innan systemet driftsätts.",
                   "Dialoger förs mellan regionen och kommunerna via VästKom för att hitta en gemensam lösning.",
                   "Förseningen påverkar också tidsplanen för andra digitala tjänster i samverkan.",
                   "Erfarenheterna från den första driftsättningen tas tillvara inför nästa etapp."]),
    "palliativ-vard": dict(
        title="Palliativ vård i hemmet",
        description="Vård i livets slutskede i hemmet: ansvar, arbetssätt och samverkan mellan kommunal hemsjukvård och regionens specialiserade vård.",
        np="den palliativa vården i hemmet",
        items=["Palliativ vård i hemmet", "Utredning om vård av palliativa patienter", "Brytpunktssamtal och samordning i livets slutskede"],
        sentences=["Utredningen om vård av palliativa patienter i hemmet presenterar sina förslag under hösten.",
                   "Ansvaret mellan den kommunala hemsjukvården och den specialiserade palliativa vården behöver förtydligas.",
                   "Brytpunktssamtalen dokumenteras inte alltid så att alla inblandade kan ta del av dem.",
                   "Närstående ska få stöd både under vårdtiden och efter dödsfallet.",
                   "Palliativa team finns i alla delregioner men arbetar på olika sätt."]),
    "patientsakerhet": dict(
        title="Patientsäkerhet och avvikelser i samverkan",
        description="Avvikelser som uppstår i samverkan mellan huvudmännen, hur de rapporteras, följs upp och leder till lärande.",
        np="patientsäkerheten i samverkan",
        items=["Avvikelser i samverkan – årsrapport", "Patientsäkerhetsberättelse", "Lärande av avvikelser mellan huvudmännen"],
        sentences=["Antalet rapporterade avvikelser i samverkan har ökat, vilket tolkas som att rapporteringskulturen har förbättrats.",
                   "De vanligaste avvikelserna gäller brister i informationsöverföring och läkemedelshantering.",
                   "Avvikelserna ska återkopplas till båda huvudmännen inom fyra veckor.",
                   "Ett gemensamt lärandeforum föreslås där avvikelser analyseras tillsammans.",
                   "Patientsäkerhetsberättelserna från kommunerna och regionen sammanställs till en gemensam bild."]),
    "barn-och-unga": dict(
        title="Barn och unga",
        description="Samverkan kring barn och ungas hälsa: elevhälsa, barn- och ungdomspsykiatri och barn i risk.",
        np="arbetet för barn och unga",
        items=["Barn och unga i risk", "Samverkan mellan elevhälsan och primärvården", "Remissvägar till barn- och ungdomspsykiatrin"],
        sentences=["Samverkansmodellen för remiss till specialiserad barn- och ungdomspsykiatri har prövats i två delregioner.",
                   "Elevhälsan och primärvården behöver gemensamma rutiner för konsultation.",
                   "Barn i familjer med missbruk eller psykisk ohälsa uppmärksammas allt tidigare.",
                   "Väntetiderna till första bedömning har kortats men varierar mellan delregionerna.",
                   "Barnets perspektiv ska tydligt framgå i varje samordnad individuell plan."]),
    "uppfoljning": dict(
        title="Uppföljning och analys",
        description="Gemensam uppföljning och analys av hälso- och sjukvården på länsnivå: nyckeltal, årsredovisning och förstudier.",
        np="den gemensamma uppföljningen",
        items=["Årsredovisning på länsnivå", "Förstudie gemensam uppföljning", "Nyckeltal för samverkan", "Analys av vårdkonsumtion"],
        sentences=["Nyckeltalen visar en minskning av undvikbar slutenvård bland äldre multisjuka.",
                   "Förstudien föreslår ett gemensamt ramverk för uppföljning på länsnivå.",
                   "Datakvaliteten varierar mellan kommunerna, vilket gör jämförelser osäkra.",
                   "Årsredovisningen på länsnivå sammanställs av VästKom och regionens analysenhet.",
                   "Resultaten redovisas per delregion och per kommun där underlaget tillåter."]),
    "samverkansorganisation": dict(
        title="Samverkansorganisationen",
        description="Hur samverkan mellan regionen och kommunerna är organiserad: organ, representation, mötesformer och beredning.",
        np="samverkansorganisationen",
        items=["Representation i samverkansorganen", "Översyn av strukturen för vårdsamverkan", "Mötestider och årshjul", "Beredning inför SRO"],
        sentences=["Kommunalförbunden har möjlighet att delta i det gemensamma beredningsarbetet inför mötena.",
                   "Översynen av strukturen för vårdsamverkan blir möjlig först när det nya avtalet är på plats.",
                   "Förbundsdirektörerna kan vid förhinder utse en ersättare till sammanträdena.",
                   "Årshjulet uppdateras så att återkommande rapporter kommer vid rätt tidpunkt under året.",
                   "Mötesformerna utvärderas, och hybridmöten fortsätter där det fungerar väl."]),
}

# Names: consistent spellings, and no two that samverkan would take for one name spelled two ways
# (same first name and last names one letter apart), which would be a warning.
FIRST_NAMES = ["Anna", "Maria", "Karin", "Eva", "Lena", "Kristina", "Sara", "Malin", "Emma", "Helena", "Johanna", "Ingrid",
               "Annika", "Ulrika", "Susanne", "Camilla", "Elisabeth", "Monika", "Jenny", "Åsa", "Birgitta", "Cecilia", "Linnea",
               "Erik", "Lars", "Anders", "Johan", "Per", "Karl", "Peter", "Mikael", "Jan", "Magnus", "Fredrik", "Stefan",
               "Henrik", "Daniel", "Björn", "Mats", "Ulf", "Bengt", "Göran", "Håkan", "Niklas", "Jonas", "Tomas", "Kristofer"]
LAST_NAMES = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
              "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Magnusson", "Lindström", "Axelsson", "Bergström",
              "Jakobsson", "Hermansson", "Sandberg", "Forsberg", "Sjöberg", "Wallin", "Engström", "Danielsson",
              "Håkansson", "Lundin", "Björk", "Bengtsson", "Holm", "Samuelsson", "Fredriksson", "Mattsson", "Öberg", "Ekström",
              "Nyberg", "Holmberg", "Åberg", "Hedlund", "Strand", "Blom", "Hellström", "Lundgren", "Sjögren",
              "Berglund", "Söderberg", "Isaksson", "Nordin", "Falk", "Åström", "Ek", "Dahl", "Lind", "Mårtensson"]
PARTIES = ["S", "M", "C", "L", "KD", "V", "MP", "SD"]
KOMMUN_ORGS = ["Göteborgsregionen", "Fyrbodal", "Skaraborg", "Boråsregionen", "Göteborgs stad", "Borås stad",
               "Uddevalla kommun", "Skövde kommun", "Trollhättans stad", "Alingsås kommun", "Kungälvs kommun",
               "Lidköpings kommun", "Mölndals stad", "Vänersborgs kommun", "VästKom"]
REGION_ORGS = ["Västra Götalandsregionen", "Sahlgrenska Universitetssjukhuset", "NU-sjukvården", "Skaraborgs sjukhus",
               "Södra Älvsborgs sjukhus", "Närhälsan", "Regionhälsan", "Sjukhusen i väster", "Habilitering & Hälsa"]
POL_ROLES = ["ordförande", "vice ordförande", "andre vice ordförande", "ledamot", "ersättare"]
OFFICIAL_ROLES = ["förbundsdirektör", "verksamhetschef", "avdelningschef", "processledare", "utvecklingsledare",
                  "samordnare", "medicinskt ansvarig sjuksköterska", "hälso- och sjukvårdsstrateg", "jurist", "analytiker",
                  "beredning", "sektorschef", "kommunikatör", "projektledare", "förvaltningschef"]

DECISION_KINDS = ["noterar", "godkänner", "ställer sig bakom", "beslutar", "ger uppdrag", "konstaterar"]

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]

GENERIC_SENTENCES = [
    "Under mötet betonades vikten av att {np} bygger på en balans mellan region och kommun.",
    "{person} inledde med en kort bakgrund och redogjorde sedan för läget i {org}.",
    "Det har funnits starka synpunkter på att underlagen kommer för sent för att kunna förankras på hemmaplan.",
    "Ett gemensamt och ödmjukt samarbete är nödvändigt för att hitta hållbara lösningar.",
    "Frågan har tidigare behandlats i delregional vårdsamverkan, där flera skav lyftes fram.",
    "Arbetet med {np} följer den tidsplan som redovisades vid föregående möte.",
    "Representanterna för kommunerna framhöll att förankringen i de 49 kommunerna tar tid.",
    "Regionens företrädare underströk att invånarperspektivet ska vara vägledande.",
    "Det finns ännu inget besked om finansieringen efter {year}.",
    "En workshop planeras i {month} där både politiker och tjänstepersoner bjuds in.",
    "Omvärldsbevakning visar att flera andra regioner arbetar med liknande frågor.",
    "Synpunkterna från mötet tas med i det fortsatta arbetet och återrapporteras vid ett senare tillfälle.",
    "Det är viktigt att fånga in både goda och svåra exempel för att tydliggöra utmaningar och lösningar.",
    "{org} har tagit fram ett underlag som skickas ut tillsammans med mötesanteckningen.",
    "Frågan om ansvarsfördelning behöver belysas ytterligare innan ett ställningstagande kan göras.",
    "Flera ledamöter efterfrågade en tydligare koppling till de lokala överenskommelserna.",
    "Dialogen fortsätter i beredningsgruppen inför nästa möte.",
    "Resultatet av enkäten till kommunerna visar att {percent} procent av de svarande upplever samverkan som god.",
    "Kostnaderna beräknas till cirka {amount} miljoner kronor per år, fördelade enligt befolkningsandel.",
    "{person} lyfte att det saknas en gemensam bild av vilka behov som är störst.",
    "Målbilden behöver skapas gemensamt då vi har en stor omställning och förflyttning framför oss.",
    "Ärendet har beretts av tjänstepersoner från VästKom och regionen sedan i {month}.",
    "Det finns en risk att arbetet försenas om inte resurser avsätts i båda organisationerna.",
    "Erfarenheterna från {org} kan användas som stöd för andra kommuner.",
    "Vid årsskiftet {year} hade {percent} av länets 49 kommuner anslutit sig till arbetssättet.",
    "Väntetiden har i genomsnitt minskat från {amount} till {percent} dagar sedan förra mätningen.",
    "{person} påminde om att frågan ska återrapporteras till huvudmännen senast i {month}.",
    "En extern konsult har anlitats för att granska underlaget, till en kostnad av {amount} tusen kronor.",
    "Diskussionen visade att synen på prioriteringarna skiljer sig mellan delregionerna.",
    "Det behövs en tydligare rollfördelning mellan beredningsgruppen och de delregionala grupperna.",
    "Förslaget bygger på erfarenheter från ett pilotprojekt i {org} som pågått sedan {year}.",
    "{org} lyfte behovet av ett gemensamt begreppsregister så att alla parter talar om samma sak.",
    "Ärendet återkommer för ställningstagande när remissvaren från kommunerna har sammanställts.",
    "Mötet diskuterade hur information ska spridas till verksamheterna på ett samordnat sätt.",
]

BULLETS = [
    "Pågående arbete mellan regionen och kommunalförbunden",
    "Återkoppling från delregional vårdsamverkan",
    "Tidsplan för det fortsatta arbetet",
    "Behov av förankring i respektive kommunalförbund",
    "Fördelning av ansvar och kostnader",
    "Kommunikation till medarbetare och invånare",
    "Uppföljning av tidigare ställningstaganden",
    "Risker och beroenden till andra uppdrag",
    "Samordning med arbetet inom {np}",
    "Förslag till nästa steg",
    "Juridiska frågor som behöver utredas vidare",
    "Erfarenheter från {org}",
    "Behov av utbildning och kompetensstöd",
    "Inkomna synpunkter från remissinstanserna",
]

COMMENTS = [
    "Betydelsen av omvärldsbevakning och att se hur andra arbetar lyftes fram.",
    "Avtalet behöver vara hållbart över tid.",
    "Fokus ska ligga på invånarna, med en tydlig målbild oavsett politisk riktning.",
    "Vi behöver utbilda och lära av varandra och skapa en lärande organisation.",
    "Flexibilitet är viktigt, särskilt i närvårdssamverkan.",
    "Täta avstämningar behövs, med fokus på goda exempel.",
    "Tydliga riktlinjer för ansvar och vårdnivå efterfrågades.",
    "Kommunerna behöver tid att förankra förslaget politiskt.",
    "Underlaget bör kompletteras med konsekvenser för de mindre kommunerna.",
]

ITEM_KINDS = ["Information", "Information och dialog", "Information och ställningstagande", "Skriftlig information",
              "Dialog", "Beslut"]


def collides(a: str, b: str) -> bool:
    """Last names that samverkan's spelling check would take for one name spelled two ways."""
    if a == b:
        return False
    la, lb = fold(a), fold(b)
    longest = max(len(la), len(lb))
    if longest < 7:
        return False
    return edit_distance(la, lb) <= (2 if longest >= 12 else 1)


def fold(name: str) -> str:
    """Lower case without diacritics, as samverkan compares names."""
    return unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


for _i, _a in enumerate(LAST_NAMES):
    for _b in LAST_NAMES[_i + 1:]:
        assert not collides(_a, _b), (_a, _b)


def swedish_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def yaml_str(value: str) -> str:
    """A YAML scalar: plain when safe, else double-quoted."""
    specials = set(":#{}[],&*!|>'\"%@`")
    if (not value or value[0] in specials or value[0] in "-? " or value[-1] == " " or ": " in value or " #" in value
            or value.lower() in ("yes", "no", "true", "false", "null", "on", "off", "y", "n", "~")
            or value.replace(".", "", 1).isdigit()):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


# --------------------------------------------------------------------------------------------
# People: each body has members for each four-year term, drawn from one pool of names
# --------------------------------------------------------------------------------------------

class People:
    def __init__(self, rng: random.Random):
        self.rng = rng
        names = [f"{f} {l}" for f in FIRST_NAMES for l in LAST_NAMES]
        rng.shuffle(names)
        self.pool = names
        self.next = 0
        self.terms: dict[tuple[str, int, int], list[dict]] = {}
        self.secretaries: dict[str, list[str]] = {}

    def take(self) -> str:
        name = self.pool[self.next % len(self.pool)]
        self.next += 1
        return name

    def secretary(self, body: str) -> str:
        if body not in self.secretaries:
            self.secretaries[body] = [self.take() for _ in range(3)]
        return self.rng.choice(self.secretaries[body])

    def members(self, body: dict, term: int, group: int) -> list[dict]:
        key = (body["id"], term, group)
        if key not in self.terms:
            rng = self.rng
            people = []
            for n in range(9):
                person = {"name": self.take()}
                region_side = ("Region" in body["groups"][group] or "VGR" in body["groups"][group])
                if body["political"]:
                    person["party"] = rng.choice(PARTIES)
                    person["org"] = "Västra Götalandsregionen" if region_side else rng.choice(KOMMUN_ORGS[:4])
                    if n < 2:
                        person["role"] = POL_ROLES[n] if group == 0 or n else "vice ordförande"
                else:
                    person["org"] = rng.choice(REGION_ORGS if region_side else KOMMUN_ORGS)
                    if rng.random() < 0.6:
                        person["role"] = rng.choice(OFFICIAL_ROLES)
                people.append(person)
            self.terms[key] = people
        return self.terms[key]


# --------------------------------------------------------------------------------------------
# Meetings
# --------------------------------------------------------------------------------------------

class Meeting:
    __slots__ = ("body", "date", "name", "path", "items", "topics")

    def __init__(self, body: str, date: dt.date, name: str):
        self.body = body
        self.date = date
        self.name = name                    # file name without .md
        self.path = f"meetings/{date.year}/{name}.md"
        self.items = 0                      # number of agenda items
        self.topics: list[str] = []


def schedule(rng: random.Random, count: int) -> list[Meeting]:
    """count meetings on weekdays 2001–2025, bodies by weight; unique file names (-2, -3 … the same day)."""
    weekdays = [FIRST_DAY + dt.timedelta(days=d) for d in range((LAST_DAY - FIRST_DAY).days + 1)]
    weekdays = [d for d in weekdays if d.weekday() < 5 and not (d.month == 7 and d.day < 28)]
    weights = [b["weight"] for b in BODIES]
    picks = sorted((rng.choice(weekdays), rng.choices(range(len(BODIES)), weights)[0]) for _ in range(count))
    meetings, seen = [], {}
    for day, body_index in picks:
        body = BODIES[body_index]["id"]
        seen[(day, body)] = seen.get((day, body), 0) + 1
        n = seen[(day, body)]
        name = f"{day.isoformat()}-{body}" + (f"-{n}" if n > 1 else "")
        meetings.append(Meeting(body, day, name))
    return meetings


class Writer:
    def __init__(self, rng: random.Random, people: People, extended: bool):
        self.rng = rng
        self.extended = extended                           # approves, assignment, reports, items
        self.people = people
        self.previous: dict[str, Meeting] = {}            # body → its latest meeting so far
        self.history: list[Meeting] = []                  # meetings written so far
        self.open_assignments: dict[str, list[str]] = {}  # body → assignment ids not yet reported
        self.assignment_count = 0
        self.pending: list[tuple[str, str]] = []          # assignments given at the meeting being written
        self.topic_use: dict[str, int] = {t: 0 for t in TOPICS}

    # -- text -------------------------------------------------------------------------------
    def sentence(self, topic: str, attendees: list[dict]) -> str:
        rng = self.rng
        if rng.random() < 0.35:
            return rng.choice(TOPICS[topic]["sentences"])
        template = rng.choice(GENERIC_SENTENCES)
        return template.format(
            np=TOPICS[topic]["np"], person=rng.choice(attendees)["name"],
            org=rng.choice(KOMMUN_ORGS + REGION_ORGS), year=rng.randint(2002, 2028),
            month=rng.choice(MONTHS), percent=rng.randint(35, 92), amount=rng.randint(2, 140))

    def paragraph(self, topic: str, attendees: list[dict], links: list[str]) -> str:
        rng = self.rng
        sentences: list[str] = []
        for _ in range(rng.randint(3, 6)):
            sentence = self.sentence(topic, attendees)
            if sentence not in sentences:
                sentences.append(sentence)
        if rng.random() < 0.12:
            i = rng.randrange(len(sentences))
            sentences[i] = sentences[i].rstrip(".") + ", " + rng.choice(["**vilket är avgörande för tidsplanen**",
                                                                        "*enligt tidigare ställningstagande*",
                                                                        "~~enligt den ursprungliga planen~~ enligt den reviderade planen"]) + "."
        if links and rng.random() < 0.5:
            sentences.insert(rng.randrange(len(sentences) + 1), links.pop())
        return " ".join(sentences)

    def link_sentences(self, meeting: Meeting) -> list[str]:
        """Sentences with links to earlier meetings (both link forms), the body and a topic."""
        rng = self.rng
        out = []
        same_body = self.previous.get(meeting.body)
        if same_body is not None and rng.random() < 0.45:
            item = rng.randint(4, max(4, same_body.items - 1))
            out.append(f"Frågan behandlades också vid [mötet den {swedish_date(same_body.date)}]"
                       f"(/moten/{same_body.date.year}/{same_body.name}/#punkt-{item}).")
        if self.history and rng.random() < 0.4:
            other = self.history[rng.randrange(max(0, len(self.history) - 300), len(self.history))]
            short = BODY_BY_ID[other.body]["short"]
            out.append(f"Se även [{short}:s möte {other.date.isoformat()}]({other.path}).")
        if rng.random() < 0.25:
            body = rng.choice(BODIES)
            out.append(f"Frågan har även lyfts i [{body['short']}](/organ/{body['id']}/).")
        if rng.random() < 0.2:
            topic = rng.choice(list(TOPICS))
            out.append(f"Mer om ämnet finns under [{TOPICS[topic]['title'].lower()}](/amnen/{topic}/).")
        if rng.random() < 0.08:
            out.append("Underlag finns på <https://www.vardsamverkan.se>.")
        rng.shuffle(out)
        return out

    def bullets(self, topic: str, count: int) -> list[str]:
        rng = self.rng
        picked = rng.sample(BULLETS, count)
        return [b.format(np=TOPICS[topic]["np"], org=rng.choice(KOMMUN_ORGS + REGION_ORGS)) for b in picked]

    def table(self, meeting: Meeting, topic: str) -> str:
        rng = self.rng
        kind = rng.randrange(3)
        if kind == 0:
            rows = ["| Datum | Steg | Ansvarig |", "| --- | --- | --- |"]
            day = meeting.date
            for step in ["Förslag tas fram", "Remiss till kommunerna", "Bearbetning av remissvar", "Beslut i SRO",
                         "Beslut hos huvudmännen", "Ikraftträdande"][:rng.randint(3, 6)]:
                day += dt.timedelta(days=rng.randint(20, 120))
                rows.append(f"| {day.isoformat()} | {step} | {rng.choice(['VästKom', 'VGR', 'Arbetsgruppen', 'Styrgruppen'])} |")
        elif kind == 1:
            rows = ["| Delregion | " + " | ".join(str(meeting.date.year - k) for k in (2, 1, 0)) + " |",
                    "| --- | ---: | ---: | ---: |"]
            for region in ["Göteborg", "Fyrbodal", "Skaraborg", "Södra Älvsborg"]:
                base = rng.randint(40, 900)
                rows.append(f"| {region} | " + " | ".join(str(max(1, base + rng.randint(-60, 60))) for _ in range(3)) + " |")
            rows.append(f"| **Totalt** | {rng.randint(800, 3000)} | {rng.randint(800, 3000)} | {rng.randint(800, 3000)} |")
        else:
            rows = ["| Område | Status | Kommentar |", "| --- | --- | --- |"]
            for item in rng.sample(TOPICS[topic]["items"], min(3, len(TOPICS[topic]["items"]))):
                rows.append(f"| {item} | {rng.choice(['Pågår', 'Klart', 'Försenat', 'Ej påbörjat'])} | "
                            f"{rng.choice(COMMENTS).rstrip('.')} |")
        return "\n".join(rows)

    # -- one meeting ---------------------------------------------------------------------------
    def meeting(self, meeting: Meeting, nth_today: int) -> str:
        rng = self.rng
        body = BODY_BY_ID[meeting.body]
        term = (meeting.date.year - 2002) // 4

        # participants: two groups, 6–14 people, some absent
        total = rng.randint(6, 14)
        sizes = (total // 2 + rng.randint(0, total % 2), 0)
        sizes = (sizes[0], total - sizes[0])
        groups = []
        attendees = []
        absent = []
        for g in range(2):
            members = [dict(m) for m in self.people.members(body, term, g)[:sizes[g]]]
            for m in members:
                if rng.random() < 0.18 and "role" not in m or (m.get("role") == "ersättare" and rng.random() < 0.5):
                    m["absent"] = True
                    absent.append(m["name"])
                else:
                    attendees.append(m)
            groups.append((body["groups"][g], members))
        if not attendees:
            groups[0][1][0].pop("absent", None)
            absent.remove(groups[0][1][0]["name"])
            attendees.append(groups[0][1][0])

        topics = rng.sample(body["topics"], rng.randint(1, 3))
        meeting.topics = topics
        item_count = rng.randint(6, 10)
        meeting.items = item_count
        previous = self.previous.get(meeting.body)
        short = body["short"]

        # agenda
        sections: list[str] = []
        decisions: list[dict] = []
        items_meta: list[dict] = []
        absent_text = ", ".join(absent) if absent else "Ingen"
        sections.append(f"## 1. Mötets öppnande\n\n### a. Närvaro/frånvaro\n\nFrånvaro: {absent_text}.\n\n"
                        f"### b. Övriga frågor\n\n" + rng.choice(["Inga övriga frågor.",
                                                                 "En övrig fråga anmäldes om mötestider, se punkt "
                                                                 f"{item_count}."]))
        sections.append("## 2. Godkännande av dagens agenda\n\nDagens agenda godkänns" +
                        rng.choice([".", " med tillägg av en punkt under övriga frågor."]))
        if previous is not None:
            sections.append(f"## 3. Föregående mötesanteckning\n\n- [{previous.date.isoformat()} Mötesanteckning {short}]"
                            f"({previous.path})\n\nFöregående mötesanteckningar godkänns.")
            decisions.append(dict(item="3", kind="godkänner", text="Föregående mötesanteckningar godkänns.",
                                  approves=previous.name if self.extended else None))
        else:
            sections.append("## 3. Föregående mötesanteckning\n\nDetta är organets första möte; ingen föregående anteckning finns.")
        if rng.random() < 0.3:
            decisions.append(dict(item="2", kind="godkänner", text="Dagens agenda godkänns."))

        minute = 5 + rng.randint(0, 10)
        start_h, start_m = map(int, body["times"][0].split(":"))
        links = self.link_sentences(meeting)
        topic_items = list(range(4, item_count))
        for number in topic_items:
            topic = topics[(number - 4) % len(topics)] if rng.random() < 0.8 else rng.choice(list(TOPICS))
            self.topic_use[topic] += 1
            title = rng.choice(TOPICS[topic]["items"])
            length = rng.choice([5, 10, 15, 20, 30, 45])
            t0 = start_h * 60 + start_m + minute
            minute += length
            t1 = t0 + length
            speaker = rng.choice(attendees)
            parts = [f"## {number}. {title}",
                     f"*{rng.choice(ITEM_KINDS)}* ({length} minuter, kl. {t0 // 60 % 24:02d}.{t0 % 60:02d}–{t1 // 60 % 24:02d}.{t1 % 60:02d})",
                     f"Föredragande: {speaker['name']}, {speaker.get('org', 'VästKom')}"]
            if rng.random() < 0.5:
                parts.append(f"- {title} (bilaga)")
            parts.append(self.paragraph(topic, attendees, links))
            if rng.random() < 0.75:
                lines = [f"- {b}" for b in self.bullets(topic, rng.randint(3, 6))]
                if rng.random() < 0.25:
                    lines.insert(2, f"  - {rng.choice(COMMENTS)}")
                parts.append("\n".join(lines))
            parts.append(self.paragraph(topic, attendees, links))
            sub_items = []
            if rng.random() < 0.3:
                for letter in "abc"[:rng.randint(2, 3)]:
                    sub_title = rng.choice(TOPICS[topic]["items"])
                    sub_items.append(letter)
                    parts.append(f"### {letter}. {sub_title}\n\n{self.paragraph(topic, attendees, links)}")
            if rng.random() < 0.3:
                parts.append(self.table(meeting, topic))
            if rng.random() < 0.3:
                parts.append("\n".join(f"{k}. {s}" for k, s in
                                       enumerate(rng.sample(TOPICS[topic]["sentences"], 3), 1)))
            if rng.random() < 0.55:
                parts.append(self.paragraph(topic, attendees, links))
            if rng.random() < 0.45:
                parts.append("Efterföljande synpunkter:\n\n" +
                             "\n".join(f"- {c}" for c in rng.sample(COMMENTS, rng.randint(2, 5))))
            sections.append("\n\n".join(parts))
            if rng.random() < 0.4 and self.extended:
                items_meta.append(dict(item=str(number), topics=[topic]))
            # a decision on about every other topic item
            if rng.random() < 0.55:
                item = f"{number}{rng.choice(sub_items)}" if sub_items and rng.random() < 0.3 else str(number)
                decisions.append(self.decision(meeting, body, item, topic))

        last = item_count
        closing = rng.choice(["Nästa möte", "Mötets avslutande", "Övriga frågor"])
        nxt = meeting.date + dt.timedelta(days=rng.randint(25, 60))
        sections.append(f"## {last}. {closing}\n\n" + rng.choice([
            f"Nästa möte hålls den {swedish_date(nxt)}.",
            f"Ordföranden tackar för ett givande möte. Nästa möte hålls den {swedish_date(nxt)}, "
            f"se [{short}](/organ/{body['id']}/) för mötestider.",
            "Inga övriga frågor. Ordföranden avslutar mötet."]))

        # the decisions list: about four, at least one
        if len(decisions) < 2:
            decisions.append(self.decision(meeting, body, str(rng.choice(topic_items)), topics[0]))
        if len(decisions) > 5:
            keep = decisions[:1] + rng.sample(decisions[1:], 4)
            decisions = sorted(keep, key=lambda d: (len(d["item"]), d["item"]))
            # an assignment whose decision was left out is not given, so no later meeting reports on it
            given = {d["assignment"]["id"] for d in decisions if "assignment" in d}
            self.pending = [(b, i) for b, i in self.pending if i in given]
        if rng.random() < 0.1:
            decisions.append(dict(item=None, kind="noterar", text=f"{short} noterar den skriftliga informationen."))

        # front matter
        start = body["times"][0]
        end = body["times"][1]
        if nth_today > 1:
            shift = 150 * (nth_today - 1)
            sh, sm = map(int, start.split(":"))
            eh, em = map(int, end.split(":"))
            s = min(sh * 60 + sm + shift, 21 * 60)
            e = min(eh * 60 + em + shift, 23 * 60 + 30)
            start, end = f"{s // 60:02d}:{s % 60:02d}", f"{e // 60:02d}:{e % 60:02d}"
        fm = ["---", f"body: {meeting.body}", f"date: {meeting.date.isoformat()}"]
        if rng.random() < 0.7:
            fm.append(f"title: Mötesanteckning {short}")
        fm += ["status: held", f'start: "{start}"', f'end: "{end}"',
               f"location: {yaml_str(rng.choice(body['locations']))}", f"format: {rng.choice(body['formats'])}",
               f"topics: [{', '.join(topics)}]", "participants:"]
        for group, members in groups:
            fm.append(f"  - group: {yaml_str(group)}")
            fm.append("    members:")
            for m in members:
                fm.append(f"      - name: {m['name']}")
                for key in ("party", "org", "role"):
                    if key in m:
                        fm.append(f"        {key}: {yaml_str(m[key])}")
                if m.get("absent"):
                    fm.append("        absent: true")
        fm.append(f"secretary: {self.people.secretary(meeting.body)}")
        attachments = rng.sample([s.split("\n")[0][3:].split(". ", 1)[1] for s in sections[3:-1]],
                                 min(rng.randint(0, 3), len(sections) - 4))
        if attachments:
            fm.append("attachments:")
            for a in attachments:
                fm.append(f"  - title: {yaml_str('Presentation ' + a + ', ' + short + ' ' + meeting.date.isoformat())}")
        fm.append("decisions:")
        for d in decisions:
            first = True
            for key in ("item", "kind", "text", "topics", "approves", "assignment", "reports", "completes"):
                if key not in d or d[key] is None:
                    continue
                value = d[key]
                prefix = "  - " if first else "    "
                first = False
                if key == "topics":
                    fm.append(f"{prefix}topics: [{', '.join(value)}]")
                elif key == "assignment":
                    fm.append(f"{prefix}assignment:")
                    for k, v in value.items():
                        fm.append(f"      {k}: {v}")
                elif key == "item":
                    fm.append(f"{prefix}item: {value}")
                elif key == "completes":
                    fm.append(f"{prefix}completes: {'true' if value else 'false'}")
                else:
                    fm.append(f"{prefix}{key}: {yaml_str(str(value))}")
        if items_meta:
            fm.append("items:")
            for it in items_meta:
                fm.append(f"  - item: {it['item']}")
                fm.append(f"    topics: [{', '.join(it['topics'])}]")
        fm.append("---")

        self.previous[meeting.body] = meeting
        self.history.append(meeting)
        for body_id, ident in self.pending:                # reported on at later meetings only
            self.open_assignments.setdefault(body_id, []).append(ident)
        self.pending.clear()
        return "\n".join(fm) + "\n" + "\n\n".join(sections) + "\n"

    def decision(self, meeting: Meeting, body: dict, item: str, topic: str) -> dict:
        rng = self.rng
        short = body["short"]
        open_here = self.open_assignments.setdefault(body["id"], [])
        if open_here and rng.random() < 0.25 and self.extended:
            assignment = open_here[0]
            completes = rng.random() < 0.75
            if completes:
                open_here.pop(0)
            d = dict(item=item, kind="noterar", text=f"{short} noterar återrapporteringen av uppdraget.",
                     reports=assignment)
            if not completes:
                d["completes"] = False
            return d
        kind = rng.choice(DECISION_KINDS)
        texts = {
            "noterar": f"{short} noterar informationen.",
            "godkänner": f"{short} godkänner förslaget om {TOPICS[topic]['np']}.",
            "ställer sig bakom": f"{short} ställer sig bakom förslaget och rekommenderar huvudmännen att besluta i enlighet med det.",
            "beslutar": f"{short} beslutar att fastställa tidsplanen för {TOPICS[topic]['np']}.",
            "ger uppdrag": f"{short} ger beredningsgruppen i uppdrag att ta fram ett förslag om {TOPICS[topic]['np']} till ett kommande möte.",
            "konstaterar": f"{short} konstaterar att arbetet med {TOPICS[topic]['np']} följer tidsplanen.",
        }
        d = dict(item=item, kind=kind, text=texts[kind])
        if rng.random() < 0.4:
            d["topics"] = [topic]
        if kind == "ger uppdrag" and rng.random() < 0.5 and self.extended:
            self.assignment_count += 1
            ident = f"{meeting.name}-uppdrag-{self.assignment_count}"
            due = meeting.date + dt.timedelta(days=rng.randint(60, 300))
            d["assignment"] = {"id": ident, "to": rng.choice([b["id"] for b in BODIES] + ["beredningsgruppen"]),
                               "due": due.isoformat()}
            self.pending.append((body["id"], ident))
        return d


# --------------------------------------------------------------------------------------------
# The folder
# --------------------------------------------------------------------------------------------

def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def generate(out: Path, count: int, seed: int, extended: bool = False) -> dict:
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copy(PROJECT_CONTENT / "site.yml", out / "site.yml")
    if (PROJECT_CONTENT / "pages").is_dir():
        shutil.copytree(PROJECT_CONTENT / "pages", out / "pages")

    for topic_id, topic in TOPICS.items():
        write(out / "topics" / f"{topic_id}.md", f"---\ntitle: {yaml_str(topic['title'])}\n---\n{topic['description']}\n")

    people = People(rng)
    writer = Writer(rng, people, extended)
    meetings = schedule(rng, count)
    total = 0
    per_day: dict[tuple, int] = {}
    for meeting in meetings:
        key = (meeting.date, meeting.body)
        per_day[key] = per_day.get(key, 0) + 1
        text = writer.meeting(meeting, per_day[key])
        data = text.encode("utf-8")
        total += len(data)
        path = out / meeting.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    first = {}
    for meeting in meetings:
        first.setdefault(meeting.body, meeting)
    for order, body in enumerate(BODIES, 1):
        text = body["description"]
        if body["id"] in first:
            m = first[body["id"]]
            text += f" Organets första möte i arkivet hölls den [{swedish_date(m.date)}]({m.path})."
        fm = ["---", f"name: {yaml_str(body['name'])}", f"short: {yaml_str(body['short'])}", f"kind: {body['kind']}",
              f"parties: [{', '.join(body['parties'])}]", f"order: {order}", "---"]
        write(out / "bodies" / f"{body['id']}.md", "\n".join(fm) + "\n" + text + "\n")

    # milestones: dated steps of each topic, announced at an existing meeting
    milestones = ["# Milstolpar (syntetiska) ur de tidsplaner som mötesanteckningarna beskriver."]
    topic_ids = list(TOPICS)
    for k in range(max(len(topic_ids) * 2, count // 40)):
        source = meetings[rng.randrange(len(meetings))] if meetings else None
        topic = topic_ids[k % len(topic_ids)] if k < len(topic_ids) * 2 or source is None else rng.choice(source.topics)
        day = (source.date if source else FIRST_DAY) + dt.timedelta(days=rng.randint(30, 400))
        title = rng.choice(["Förslag tas fram", "Förslaget skickas på remiss", "Beslut hos huvudmännen",
                            "Uppföljning redovisas", "Ikraftträdande"]) + f": {TOPICS[topic]['title'].lower()}"
        milestones.append(f"- date: {day.isoformat()}")
        if rng.random() < 0.2:
            milestones.append(f"  end: {(day + dt.timedelta(days=rng.randint(30, 120))).isoformat()}")
        milestones.append(f"  title: {yaml_str(title)}")
        milestones.append(f"  topic: {topic}")
        if source is not None:
            milestones.append(f"  source: {source.name}")
    write(out / "milestones.yml", "\n".join(milestones) + "\n")
    return {"meetings": count, "markdown_bytes": total, "average_bytes": total // max(count, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--extended", action="store_true",
                        help="also write the contract's newer fields: approves, assignment/reports (uppdrag), items")
    args = parser.parse_args()
    if args.count < 1:
        parser.error("N must be at least 1")
    stats = generate(args.out, args.count, args.seed, args.extended)
    print(f"{stats['meetings']} möten, {stats['markdown_bytes'] / 1e6:.1f} MB Markdown, "
          f"i snitt {stats['average_bytes']} byte per möte -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
