# ruff: noqa: E501
#!/usr/bin/env python3
"""Writes document C: Räddningstjänsten Karlstadsregionen, direktionens protokoll, `pdftotext -layout`."""

from pathlib import Path


def header(page: int) -> str:
    return (
        f"                                                      SAMMANTRÄDESPROTOKOLL              {page} (3)\n"
        "  RÄDDNINGSTJÄNSTEN                                   Sammanträdesdatum\n"
        "  KARLSTADSREGIONEN                                   2025-06-12\n"
        "  Direktionen\n"
        "\n"
    )


FOOT = "\n  Justerandes sign                                              Utdragsbestyrkande\n\f"

p1 = (
    header(1)
    + """  Plats och tid                 Brandstationen Karlstad, sammanträdesrum Hjälmen,
                                kl. 13.00–15.35

  Beslutande                    Lars Nyström (S), ordförande, Karlstad
                                Ingrid Månsson (M), Karlstad
                                Eva Bergqvist (M), vice ordförande, Hammarö
                                Karin Sandahl (C), Kil
                                Stefan Jonsson (S), Forshaga
                                Britt-Marie Ek (S), Grums, tjänstgörande ersättare för Roger Ahlström (S)
                                Nils Westberg (S), Munkfors

  Ersättare                     Hanna Persson (M), Karlstad
                                Ulf Ek (KD), Forshaga, §§ 24–27

  Övriga deltagande             Peter Sandahl, förbundsdirektör
                                Maria Falk, ekonomichef
                                Anna Lövgren, brandingenjör, § 28
                                Jenny Åberg, förbundssekreterare

  Utses att justera             Eva Bergqvist (M)

  Justeringens plats och tid    Brandstationen Karlstad, 2025-06-17
                                                                              Paragrafer 24–30
  Underskrifter    Sekreterare   ...........................................
                                 Jenny Åberg
                   Ordförande    ...........................................
                                 Lars Nyström
                   Justerande    ...........................................
                                 Eva Bergqvist
  ____________________________________________________________________________________________
  ANSLAG/BEVIS     Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
  Organ                         Direktionen, Räddningstjänsten Karlstadsregionen
  Sammanträdesdatum             2025-06-12
  Datum då anslaget sätts upp   2025-06-18              Datum då anslaget tas ned   2025-07-10
  Förvaringsplats för protokollet   Räddningstjänsten Karlstadsregionen, Karlstad
\f"""
)

p2 = (
    header(2)
    + """  § 24

  Val av justerare och tid för justering

  Direktionens beslut
  Eva Bergqvist (M) utses att jämte ordföranden justera protokollet. Justering sker den
  17 juni 2025 på brandstationen i Karlstad.

  § 25                                                            Dnr RTKR 2025/0038

  Delårsrapport januari–april 2025

  Ärendebeskrivning
  Förbundet har upprättat delårsrapport för perioden januari–april 2025. Rapporten visar ett
  resultat på 2,1 miljoner kronor och en helårsprognos på 0,4 miljoner kronor, vilket är 1,6
  miljoner kronor lägre än budgeterat. Avvikelsen beror främst på ökade pensionskostnader
  och högre kostnader för drivmedel.

  Direktionens beslut
  Direktionen beslutar att godkänna delårsrapporten för januari–april 2025 och överlämna den
  till medlemskommunerna för kännedom.

  § 26                                                            Dnr RTKR 2025/0041

  Budget 2026 och verksamhetsplan 2026–2028

  Ärendebeskrivning
  Förbundsdirektören har tagit fram förslag till budget 2026 och verksamhetsplan 2026–2028.
  Förslaget har stämts av med kommundirektörerna i Karlstadsregionen den 23 maj 2025.
  Efter avstämningen fasas kostnaden för den gemensamma räddningscentralen in under 2026
  och 2027, vilket innebär att medlemsbidraget för 2026 räknas upp med 3,5 procent.

  Yrkanden
  Lars Nyström (S) och Eva Bergqvist (M) yrkar bifall till förbundsdirektörens förslag.

  Direktionens beslut
  1. Budget 2026 och verksamhetsplan 2026–2028 fastställs.
  2. Medlemsbidraget för 2026 fastställs till 184,9 miljoner kronor, fördelat enligt
     förbundsordningen.
  3. Förbundsdirektören får i uppdrag att redovisa en plan för lokalförsörjningen i Grums
     och Munkfors vid direktionens sammanträde i december 2025.

  Beslutet skickas till
  Medlemskommunerna
"""
    + FOOT
)

p3 = (
    header(3)
    + """  § 27                                                            Dnr RTKR 2025/0027

  Avtal om gemensam räddningscentral inom Räddningsregion Bergslagen

  Ärendebeskrivning
  Räddningstjänsterna inom Räddningsregion Bergslagen har sedan 2021 samverkat om
  ledning av räddningstjänst. Nu föreligger förslag till nytt samverkansavtal som reglerar
  drift och finansiering av den gemensamma räddningscentralen i Örebro för perioden
  2026-01-01–2029-12-31. Nerikes Brandkår är värdorganisation.

  Direktionens beslut
  Direktionen beslutar
  att godkänna samverkansavtalet för perioden 2026–2029, samt
  att ge förbundsdirektören i uppdrag att underteckna avtalet.

  Ulf Ek (KD) lämnar sammanträdet efter denna paragraf.

  § 28                                                            Dnr RTKR 2025/0012

  Revidering av handlingsprogram enligt lagen om skydd mot olyckor

  Ärendebeskrivning
  Anna Lövgren redogör för arbetet med handlingsprogrammet för mandatperioden 2024–2027.
  Enligt MSB:s föreskrifter ska programmet ses över när förutsättningarna förändras.
  Revideringen omfattar främst förmågan vid samtidiga skogsbränder och ett nytt avsnitt om
  höjd beredskap. Förslaget har varit på samråd med medlemskommunerna och Länsstyrelsen i
  Värmlands län under perioden 3 mars–11 april 2025.

  Direktionens beslut
  Direktionen föreslår medlemskommunernas fullmäktige att anta det reviderade
  handlingsprogrammet.

  § 29

  Delegationsbeslut och meddelanden

  Följande delegationsbeslut och meddelanden redovisas:
  - Delegationsbeslut enligt förteckning för perioden 2025-03-15–2025-05-31
  - Protokoll från Räddningsregion Bergslagens styrgrupp 2025-04-24
  - Skrivelse från Kils kommun om tillsynstaxan, daterad 2025-05-08

  Direktionens beslut
  Redovisningen läggs till handlingarna.

  § 30

  Förbundsdirektören informerar

  Peter Sandahl informerar om
  - skogsbrandsberedskapen inför sommaren, där förbundet tillsammans med Länsstyrelsen i
    Värmlands län och Region Värmland genomför en gemensam övning den 26 augusti,
  - rekryteringen av deltidsbrandmän i Munkfors och Grums, där sju nya brandmän börjar
    i september,
  - dialogen med kommundirektörerna i Karlstadsregionen om budgetramen den 23 maj.

  Direktionens beslut
  Informationen noteras.
"""
    + FOOT
)

text = p1 + p2 + p3
out = Path(__file__).resolve().parent.parent / "rtkr_direktionen_protokoll_2025-06-12.txt"
out.write_text(text, encoding="utf-8")
print(out, len(text.splitlines()), "lines")
