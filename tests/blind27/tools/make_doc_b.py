#!/usr/bin/env python3
# ruff: noqa
"""Writes document B (pdftotext -layout export of a Region Örebro län minnesanteckningar) with form feeds."""

from pathlib import Path

PAGES = [
    """                                                                      MINNESANTECKNINGAR
Regional utveckling                                                   Datum           Diarienummer
Enheten för kompetensförsörjning                                      2025-05-06      25RS2417
Lotta Engström


Regional samverkansgrupp för kompetensförsörjning
Tid:      6 maj 2025, kl. 09.00–12.00
Plats:    Eklundavägen 1, Örebro, lokal Kilsbergen samt via Teams

Närvarande
Lotta Engström, ordförande                   Region Örebro län
Jonas Wahlberg, sekreterare                  Region Örebro län
Maria Lindh                                  Askersund
Peter Alm                                    Degerfors
Anneli Krantz                                Hallsberg
Fredrik Ståhl                                Karlskoga
Sara Modig                                   Kumla
Björn Eklund, ersättare för Camilla Ek       Laxå
Jessica Holm                                 Lekeberg
Patrik Sundin                                Lindesberg
Ulrika Sundin                                Nora
Kristina Berg                                Örebro
Henrik Ljung                                 Örebro
Anna Nyberg                                  Arbetsförmedlingen
Göran Wik, punkt 4–6                         Länsstyrelsen i Örebro län
Lena Mattsson, via Teams                     Örebro universitet

Ej närvarande
Camilla Ek                                   Laxå
Sofie Lund                                   Hällefors
Jenny Tall                                   Ljusnarsberg


1. Mötet öppnas
Ordföranden Lotta Engström hälsade välkommen och öppnade mötet. Dagordningen godkändes
med tillägg av en informationspunkt om yrkesvux under punkt 5.

2. Föregående minnesanteckningar
Minnesanteckningarna från den 11 mars 2025 gicks igenom och lades till handlingarna.


                                                                                        1 (3)
Region Örebro län • Box 1613 • 701 16 Örebro • Tfn 019-602 10 00 • regionorebrolan.se
""",
    """                                                                      MINNESANTECKNINGAR
                                                                      Datum           Diarienummer
                                                                      2025-05-06      25RS2417


3. Regional kompetensförsörjningsplan 2025–2030
Lotta Engström presenterade remissversionen av den regionala kompetensförsörjningsplanen.
Planen har fyra prioriterade områden: vård och omsorg, utbildning, industri och teknik samt
transport. Remissen skickades till kommunerna den 14 april och sista dag för svar är den
13 juni 2025.

I diskussionen framkom att flera kommuner saknar en tydlig koppling mellan planen och
kommunernas egna arbete med vuxenutbildning. Kristina Berg lyfte att Örebro kommun vill se
tydligare mål för validering. Fredrik Ståhl påpekade att Karlskoga och Degerfors har ett
gemensamt behov inom industrin som bör synas i planen.

Lotta informerade om att Bergslagsdiagonalen kommer att lämna ett gemensamt inspel till
remissen som rör kommunerna i norra länsdelen.

Gruppen enades om att de synpunkter som kom fram under mötet förs in i ett gemensamt
underlag från samverkansgruppen.

Jonas sammanställer synpunkterna och skickar underlaget till gruppen senast den 23 maj.

4. Arbetsmarknadsläget i länet
Anna Nyberg, Arbetsförmedlingen, redovisade arbetsmarknadsläget. Arbetslösheten i länet
ligger kvar på en hög nivå och långtidsarbetslösheten har ökat, framför allt bland
utrikes födda kvinnor. Arbetsförmedlingen ser en minskning av antalet lediga jobb inom
tillverkningsindustrin i Hallsberg och Kumla.

Göran Wik, Länsstyrelsen i Örebro län, informerade om länsstyrelsens uppdrag att samordna
arbetet med etablering av nyanlända och om den regionala överenskommelsen som löper ut
den 31 december 2025.

Länsstyrelsen återkommer med ett förslag till ny överenskommelse till mötet i september.

5. Yrkesvux och regional samverkan
Henrik Ljung informerade om den gemensamma ansökan om statsbidrag för regionalt yrkesvux
som Örebro kommun samordnar för länets kommuner. Skolverket har beviljat medel för 2025
och ansökan för 2026 ska lämnas in i oktober.

Sara Modig tog upp att Kumla och Hallsberg planerar en gemensam undersköterskeutbildning
med start i januari 2026.

                                                                                        2 (3)
Region Örebro län • Box 1613 • 701 16 Örebro • Tfn 019-602 10 00 • regionorebrolan.se
""",
    """                                                                      MINNESANTECKNINGAR
                                                                      Datum           Diarienummer
                                                                      2025-05-06      25RS2417


Samverkansgruppen beslutade att bilda en arbetsgrupp för gemensam planering av
yrkesvux med representanter från Örebro, Kumla, Hallsberg och Lindesberg.

Henrik är sammankallande och arbetsgruppen rapporterar till samverkansgruppen i september.

6. Övriga frågor och kommande möten
Lena Mattsson informerade om att Örebro universitet arrangerar en konferens om livslångt
lärande den 28 augusti. Inbjudan skickas ut av Jonas.

Patrik Sundin efterfrågade en genomgång av hur kommunerna arbetar med
feriearbeten för unga. Punkten tas upp på nästa möte.

Kommande möten 2025:
16 september, kl. 09.00–12.00, Eklundavägen 1, Örebro
25 november, kl. 09.00–12.00, digitalt


Vid anteckningarna

Jonas Wahlberg
Sekreterare


                                                                                        3 (3)
Region Örebro län • Box 1613 • 701 16 Örebro • Tfn 019-602 10 00 • regionorebrolan.se
""",
]

out = Path(__file__).resolve().parent.parent / "minnesanteckningar_rsg_kompetensforsorjning_2025-05-06.txt"
out.write_text("\f".join(PAGES), encoding="utf-8")
print(out, sum(p.count("\n") for p in PAGES), "lines")
