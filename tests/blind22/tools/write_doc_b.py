#!/usr/bin/env python3
"""Writes document B: Region Norrbotten samverkansgrupp, a PDF converted with plain `pdftotext`."""

from pathlib import Path

FOOTER = """Region Norrbotten
Box 940, 971 28 Luleå
Besök: Robertsviksgatan 7
Tel: 0920-28 40 00
www.norrbotten.se
"""

text = (
    """MINNESANTECKNINGAR
Datum

Diarienummer

2025-10-08

RS 2025/1187

Regional utveckling

Sida

1(2)

Samverkansgruppen för kompetensförsörjning i Norrbotten
Tid och plats: 8 oktober 2025, kl. 09.30–15.00, Regionhuset i Luleå, lokal Tornet samt
via Teams
Närvarande
Region Norrbotten: Linda Lundberg (ordförande), Sara Nilsson (sekreterare), Mikael
Wikström
Luleå kommun: Jenny Björklund
Piteå kommun: Anna Nilsson
Bodens kommun: Per-Erik Lindberg (via Teams)
Kiruna kommun: Johan Pettersson (ersättare för Eva Lantto)
Gällivare kommun: Maria Kuoppa, punkt 1–4
Haparanda stad: Tiina Rantala (via Teams)
Arbetsförmedlingen: Jonas Öhman
Luleå tekniska universitet: Karin Nilsson
Länsstyrelsen i Norrbottens län: Stefan Granström
Region Norrbotten, Hälso- och sjukvård: Ulrika Berg, punkt 5
Förhinder
Eva Lantto, Kiruna kommun; Ola Sundqvist, Älvsbyns kommun; Lisa Engman, Företagarna
Norrbotten

1. Inledning
Linda Lundberg hälsade välkommen och inledde med en kort presentationsrunda.
Dagordningen fastställdes. Minnesanteckningarna från mötet den 4 juni godkändes.

2. Lägesbild arbetsmarknad och kompetensbehov
Jonas Öhman, Arbetsförmedlingen, presenterade en aktuell lägesbild. Arbetslösheten i länet
ligger på 5,8 procent, vilket är lägre än i riket. Bristen på arbetskraft är fortsatt störst inom
vård och omsorg, teknik och bygg. Rekryteringsbehovet kopplat till industrietableringarna i
Boden och Luleå bedöms till omkring 4 000 personer fram till 2030.
Gruppen diskuterade hur kommunerna kan samverka kring mottagandet av inflyttare. Jenny
lyfte Luleå kommuns arbete med en gemensam inflyttarservice.
Sara sammanställer befintliga inflyttarinsatser i länets kommuner till nästa möte.

3. Regional kompetensplattform – handlingsplan 2026
Mikael Wikström redovisade förslaget till handlingsplan 2026 för den regionala
kompetensplattformen. Planen har tre fokusområden: validering, yrkesutbildning för vuxna
och attraktiva arbetsgivare. Synpunkter från gruppens förra möte har arbetats in.
Gruppen ställde sig bakom förslaget till handlingsplan med tillägget att samiska näringar
och kompetensbehov i Sápmi ska lyftas som ett eget avsnitt.
Handlingsplanen beslutas av regionala utvecklingsnämnden den 19 november.

4. Validering – gemensam ansökan till ESF+
Karin Nilsson, LTU, och Anna Nilsson, Piteå kommun, informerade om en gemensam ansökan
till Svenska ESF-rådet om ett valideringsprojekt för vård- och omsorgsyrken (projektperiod
2026–2028). Sista ansökningsdag är 30 oktober.

"""
    + FOOTER
    + "\f"
    + """MINNESANTECKNINGAR
Datum

2025-10-08

Sida

2(2)

Gruppen beslutade att Region Norrbotten står som projektägare och att kommunerna i
Norrbotten erbjuds att delta som partner. Kommuner som vill delta meddelar Anna senast
22 oktober.

5. Kompetensförsörjning inom hälso- och sjukvården
Ulrika Berg, Region Norrbotten, presenterade regionens bemanningsläge och arbetet med att
minska beroendet av inhyrd personal. Region Norrbotten har sedan januari 2025 inte anlitat
bemanningsföretag för sjuksköterskor i Piteå och Sunderbyn. Arbetet med
utbildningsanställningar för undersköterskor sker tillsammans med kommunerna inom ramen
för Vård- och omsorgscollege Norrbotten.
Ulrika och Jenny tar fram ett gemensamt underlag om rekryteringsvägar till
undersköterskeyrket inför mötet i december.

6. Omvärldsbevakning
• Stefan Granström informerade om Länsstyrelsens uppdrag att ta fram en regional
kompetensanalys för totalförsvaret, som ska redovisas till regeringen i mars 2026.
• Tiina Rantala berättade om ett gränsöverskridande samarbete med Torneå kring
vuxenutbildning.

7. Kommande möten
3 december 2025, kl. 09.30–12.00, digitalt via Teams.
Mötesplan för 2026 skickas ut av sekreteraren under vecka 47.

Vid anteckningarna
Sara Nilsson

"""
    + FOOTER
    + "\f"
)
out = Path(__file__).resolve().parent.parent / "region_norrbotten_kompetensforsorjning_2025-10-08.txt"
out.write_text(text, encoding="utf-8")
print(out, len(text.splitlines()), "lines")
