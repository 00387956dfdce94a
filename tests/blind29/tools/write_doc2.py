# ruff: noqa
"""Writes document 2 (a Word minutes template saved as plain text: header table as tab-separated rows)."""

from pathlib import Path

TEXT = """Region Kronoberg
Minnesanteckningar

Samverkansgrupp kollektivtrafik Kronoberg

Datum:\t2025-03-13
Tid:\t13.00–15.30
Plats:\tRegionhuset, Växjö, samt Teams
Närvarande:\tLena Gustavsson, Region Kronoberg, ordförande
\tErik Lindqvist, Länstrafiken Kronoberg
\tSofie Johansson, Region Kronoberg, sekreterare
\tMagnus Johansson, Alvesta kommun
\tAnna Karlsson, Lessebo kommun
\tFredrik Holm, Ljungby kommun
\tTherese Lund, Markaryds kommun (via Teams)
\tPer-Olof Svensson, Tingsryds kommun
\tHanna Björk, Växjö kommun
\tJonas Ek, Växjö kommun
\tMikael Roos, Älmhults kommun (ersättare)
\tOla Strand, Trafikverket (punkt 3)
Förhinder:\tKristina Wallin, Uppvidinge kommun
\tLinnea Axelsson, Älmhults kommun

1.\tVälkommen och föregående minnesanteckningar
Lena hälsade alla välkomna. Mikael Roos ersätter Linnea Axelsson i gruppen under hennes föräldraledighet. Minnesanteckningarna från mötet 2024-11-21 godkändes.

2.\tTrafikförändringar inför tidtabellsskiftet T26
Erik Lindqvist presenterade Länstrafiken Kronobergs förslag till förändringar i den regionala busstrafiken inför tidtabellsskiftet den 14 december 2025. Förslaget innebär bland annat:
•\tfler avgångar på linje 218 mellan Växjö och Lessebo under morgonen
•\tindragna turer kvällstid på landsbygdslinjerna i Tingsryd och Uppvidinge
•\tanpassning av linje 146 till Krösatågens nya tider i Alvesta
Per-Olof Svensson framförde att indragningarna i Tingsryd påverkar gymnasieeleverna och att kommunen vill se ett alternativ med anropsstyrd trafik. Anna Karlsson delade oron för Lessebo kommuns landsbygd.
Kommunerna lämnar skriftliga synpunkter på förslaget till Erik senast den 4 april.
Länstrafiken återkommer med ett reviderat förslag till nästa möte.

3.\tInformation från Trafikverket
Ola Strand informerade om banarbetena på Kust till kust-banan mellan Växjö och Alvesta. Banan stängs för trafik 16–29 juni och ersättningsbussar sätts in. Trafikverket planerar också att bygga om plattformarna i Lessebo under hösten 2025.
Magnus Johansson efterfrågade tidig information till resenärerna i Alvesta.
Ola tar med sig frågan och ser till att Trafikverkets kommunikatörer kontaktar kommunerna före sommaren.

4.\tTillgänglighetsanpassning av hållplatser
Region Kronoberg kan söka statlig medfinansiering från Trafikverket för tillgänglighetsanpassning av hållplatser under 2026. Ansökan ska vara inne den 30 september 2025 och förutsätter att kommunerna, som väghållare i tätorterna, står för halva kostnaden.
Gruppen enades om att prioritera hållplatser vid skolor och vårdcentraler i den gemensamma ansökan.
Kommunerna skickar sina prioriterade hållplatser till Sofie senast den 15 maj.
Jonas Ek och Hanna Björk sammanställer Växjö kommuns lista gemensamt.

5.\tSkolskjuts och serviceresor
Fredrik Holm redovisade Ljungby kommuns erfarenheter av att samordna skolskjuts med regionens serviceresor. Samordningen har minskat antalet körningar men kräver en gemensam planeringsfunktion.
Therese Lund berättade att Markaryd har liknande diskussioner med Skånetrafiken om gränsöverskridande skolskjuts till Hässleholm.
Frågan om en länsgemensam upphandling av skolskjuts tas upp på nästa möte.

6.\tRemiss – regionalt trafikförsörjningsprogram 2026–2030
Lena informerade om att förslaget till nytt regionalt trafikförsörjningsprogram skickas på remiss till kommunerna i april. Programmet beslutas av regionfullmäktige i november. Remisstiden är 2025-04-07–2025-06-13.
Gruppen var överens om att kommunerna samordnar sina svar där det är möjligt, särskilt för de stråk som passerar flera kommuner.
Hanna Björk bjuder in till ett gemensamt arbetsmöte om remissen i maj.

7.\tÖvrigt
Erik informerade om att Länstrafiken Kronoberg byter biljettsystem under hösten och att kommunernas skolkort påverkas. Mer information kommer i augusti.
Mikael Roos lyfte att Älmhult vill diskutera pendlingen till Osby och vidare mot Kristianstad vid ett kommande möte.

8.\tNästa möte
Nästa möte hålls den 12 juni 2025 kl. 13.00–15.30 i Ljungby (kommunhuset).

Vid anteckningarna
Sofie Johansson
"""
Path(__file__).resolve().parent.parent.joinpath("kollektivtrafik-kronoberg-2025-03-13.txt").write_text(
    TEXT, encoding="utf-8"
)
