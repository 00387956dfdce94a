"""Writes document 1 (Södertörnskommunernas ledningsgrupp, Word document saved as plain text)."""

# ruff: noqa: E501  (verbatim Swedish minutes text and gold quotes: long lines on purpose)

from pathlib import Path

T = "\t"
text = f"""Södertörnskommunerna
Ledningsgruppen för Södertörnssamarbetet (kommundirektörer)

MINNESANTECKNINGAR

Datum:{T}2024-10-18
Tid:{T}09.00–12.00
Plats:{T}Södertälje stadshus, sammanträdesrum Igelsta

Närvarande:
Karin Lindqvist, Botkyrka, ordförande
Erik Nordin, Haninge (från punkt 3)
Anna Holmberg, Huddinge
Jonas Falk, Nykvarn
Lena Åkesson, Nynäshamn (ersättare för Mikael Strand)
Johan Bergkvist, Salem
Patrik Sjödin, Södertälje
Per Holmberg, Tyresö
Cecilia Rydén, strateg Södertörnssamarbetet
Sara Ek, administratör, Huddinge kommun

Övriga deltagare:
Maria Dahlgren, Region Stockholm (punkt 3)
Tobias Wern, förbundsdirektör, Södertörns brandförsvarsförbund (punkt 4)

Förhinder:
Mikael Strand, Nynäshamn

Antecknare:{T}Sara Ek

1.{T}Mötets öppnande och dagordning
Ordförande Karin Lindqvist hälsade alla välkomna, särskilt Lena Åkesson som ersätter Mikael Strand. Dagordningen godkändes med ett tillägg under övriga frågor om vinterberedskap i kollektivtrafiken.

2.{T}Föregående minnesanteckningar
Minnesanteckningarna från mötet den 20 september 2024 godkändes och lades till handlingarna.

3.{T}Revidering av den regionala utvecklingsplanen (RUFS 2050)
Maria Dahlgren, Region Stockholm, informerade om arbetet med att ta fram en ny regional utvecklingsplan för Stockholmsregionen. Region Stockholm planerar att skicka ut ett samrådsförslag under våren 2025 och att planen ska antas av regionfullmäktige under 2026.
Synpunkter från diskussionen:
•{T}Södertörns regionala stadskärnor behöver få en fortsatt tydlig roll i planen.
•{T}Kopplingen till trafikförsörjningsprogrammet och Spårväg syd måste bli tydligare.
•{T}Kommunerna vill involveras tidigare i processen än vid förra revideringen.
Ledningsgruppen beslutade att Södertörnskommunerna ska lämna ett gemensamt inspel till Region Stockholm inför samrådet.
Cecilia tar fram ett utkast till gemensamt inspel till ledningsgruppens möte den 22 november.

4.{T}Räddningstjänst och civilt försvar – information från Södertörns brandförsvarsförbund
Tobias Wern, förbundsdirektör, informerade om förbundets arbete med förmågan under höjd beredskap och om förslaget till nytt handlingsprogram för 2025–2028. Förslaget behandlas av direktionen den 24 oktober och skickas därefter på remiss till medlemskommunerna.
Tobias lyfte behovet av att kommunerna och förbundet övar ledning och samverkan tillsammans. MSB och Länsstyrelsen i Stockholms län planerar en större regional övning under hösten 2025.
Ledningsgruppen ställde sig positiv till en gemensam ledningsövning för Södertörnskommunerna och SBFF under våren 2025.
Tobias återkommer med ett förslag på upplägg och kostnad till ledningsgruppens möte i januari.
Kommundirektörerna ser till att remissen av handlingsprogrammet bereds i respektive kommun så att svar kan lämnas i tid.

5.{T}Kompetensförsörjning – gemensam rekryteringskampanj för socionomer
Anna Holmberg redogjorde för HR-nätverkets förslag om en gemensam kampanj riktad till socionomstudenter vid Södertörns högskola. Kostnaden beräknas till 400 000 kronor och föreslås fördelas efter invånarantal.
Per Holmberg påpekade att Tyresö och Nynäshamn redan har egna kampanjer som löper till och med mars 2025 och att dessa bör samordnas med den gemensamma.
Ledningsgruppen ställde sig bakom förslaget med kostnadsfördelning efter invånarantal.
HR-nätverket får i uppdrag att återkomma med tidplan och budget senast den 31 januari 2025.

6.{T}Tvärförbindelse Södertörn
Erik Nordin informerade om läget. Trafikverket har meddelat att byggstarten förskjuts och att en ny tidplan presenteras i början av 2025. Haninge och Huddinge följer frågan nära eftersom flera detaljplaner är beroende av vägen.
Ledningsgruppen vill att samarbetskommittén tar upp frågan direkt med Trafikverkets regiondirektör.
Frågan bereds till samarbetskommitténs möte den 8 november.

7.{T}Rapporter
•{T}Samarbetskommittén: Karin rapporterade från mötet den 4 oktober där den gemensamma näringslivsdagen och gymnasiesamverkan diskuterades.
•{T}Södertörns överförmyndarnämnd: Patrik Sjödin informerade om att nämndens verksamhetsplan för 2025 är under framtagande.
•{T}Storsthlm: Anna Holmberg rapporterade från kommundirektörsnätverkets möte den 11 oktober om det nya samverkansavtalet för gymnasieutbildning och om införandet av den nya socialtjänstlagen.

8.{T}Övriga frågor
•{T}Vinterberedskap i kollektivtrafiken: Jonas Falk lyfte att Nykvarn vill att kommunerna gemensamt påtalar för SL vikten av fungerande ersättningstrafik vid snöoväder. Karin tar med sig frågan till Storsthlm.
•{T}Julmingel för samarbetskommittén och ledningsgruppen hålls den 13 december i Salem.

9.{T}Nästa möte
22 november 2024 kl. 09.00–12.00 i Tyresö kommunhus.
"""
Path(__file__).resolve().parent.parent.joinpath("sodertorn_ledningsgrupp_2024-10-18.txt").write_text(
    text, encoding="utf-8"
)
