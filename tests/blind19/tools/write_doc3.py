"""Writes document 3 (Familjen Helsingborgs socialchefsnätverk, notes sent as an e-mail, saved from Outlook as text)."""

# ruff: noqa: E501  (verbatim Swedish minutes text and gold quotes: long lines on purpose)

from pathlib import Path

text = """Från: Jenny Malmqvist <jenny.malmqvist@familjenhelsingborg.se>
Skickat: den 10 februari 2025 14:22
Till: Socialchefsnätverket Familjen Helsingborg
Kopia: Karl-Johan Åberg
Ämne: Minnesanteckningar socialchefsnätverket 6/2

Hej alla!

Tack för ett bra möte i torsdags i Landskrona. Här kommer minnesanteckningarna, hör av er senast på fredag om något behöver rättas.

Närvarande: Anna-Karin Persson (Helsingborg), Mattias Holm (Höganäs), Lina Holm (Ängelholm), Sofie Lund (Bjuv, ersättare för Göran Ahl), Henrik Ståhl (Landskrona), Camilla Ottosson (Klippan), Maja Lindström (Svalöv), Fredrik Nyström (Åstorp), Birgitta Svensson (Båstad) och jag.
Gäst under punkt 3: Ulrika Bengtsson, Region Skåne
Förhinder: Göran Ahl (Bjuv), Elin Crona (Perstorp), Kristoffer Öst (Örkelljunga)

1. Ny socialtjänstlag
Anna-Karin inledde med en dragning om förberedelserna inför den nya socialtjänstlagen som träder i kraft den 1 juli 2025. Fokus ligger på förebyggande arbete och insatser utan föregående behovsprövning. Flera kommuner behöver se över delegationsordningar och dokumentationsstöd.
Skånes kommuner ordnar en regional konferens om lagen den 13 mars och Socialstyrelsen väntas komma med vägledning under våren.

Mattias och Henrik sammanställer vilka delar av delegationsordningarna som behöver ändras och skickar ut inför nästa möte.

2. Placeringar och kostnadsläget
Kostnaderna för externa placeringar (HVB och SiS) fortsätter att öka i de flesta kommuner. Henrik visade Landskronas uppföljning där placeringskostnaderna för 2024 hamnade 18 procent över budget. Diskussion om en gemensam upphandling av öppenvårdsinsatser via Helsingborgs stads upphandlingsenhet.

Beslut: Nätverket är överens om att utreda en gemensam upphandling av öppenvårdsinsatser.
Anna-Karin tar fram ett underlag till mötet den 3 april.

3. Barn och unga med psykisk ohälsa – samverkan med Region Skåne
Ulrika Bengtsson presenterade läget för den regionala överenskommelsen om barn och unga med psykisk ohälsa och för samordnad individuell plan (SIP). Andelen SIP-möten som hålls inom fyra veckor har minskat under 2024.

Ur diskussionen:
- Kommunerna upplever att det är svårt att få med BUP på SIP-möten.
- Det behövs en tydligare lokal samverkansstruktur i nordvästra Skåne.
- Region Skåne och kommunerna bör ta fram gemensamma mått för uppföljningen.

Ulrika skickar presentationen till mig så sprider jag den i nätverket.
Frågan tas upp igen i juni.

4. Gemensamma riktlinjer för ekonomiskt bistånd
Camilla Ottosson berättade att Klippan, Åstorp och Bjuv har tagit fram gemensamma riktlinjer för ekonomiskt bistånd som gäller från den 1 januari 2025. Övriga kommuner är välkomna att ansluta.

Birgitta Svensson meddelade att Båstad gärna tittar på riktlinjerna men att frågan först måste gå till den egna socialnämnden.

Camilla skickar riktlinjerna till alla i nätverket.

5. Våld i nära relationer
Lina rapporterade från länsstyrelsens nätverk för våld i nära relationer. Länsstyrelsen Skåne fördelar utvecklingsmedel under 2025 och ansökan ska vara inne senast den 15 mars.

Nätverket vill söka medel gemensamt för en kompetensinsats för socialsekreterare.
Lina och Maja formulerar en ansökan och stämmer av den med alla via mejl.

6. Övrigt
- Påminnelse om Familjen Helsingborgs chefsdag för socialtjänsten den 20 mars i Ängelholm. Sista dag för anmälan är 28 februari.
- Fredrik informerade om att Åstorp har fått ny ordförande i socialnämnden från årsskiftet.
- Nästa möte: torsdag 3 april kl. 9–12 i Helsingborg, Drottninggatan 7.

Vänliga hälsningar
Jenny

Jenny Malmqvist
Samordnare socialtjänst
Familjen Helsingborg
Drottninggatan 7, 252 21 Helsingborg
www.familjenhelsingborg.se
"""
Path(__file__).resolve().parent.parent.joinpath(
    "familjen_helsingborg_socialchefer_2025-02-06.txt"
).write_text(text, encoding="utf-8")
