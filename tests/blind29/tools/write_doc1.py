# ruff: noqa
"""Writes document 1 (pdftotext output of a Word minutes PDF); form feeds mark page breaks."""

from pathlib import Path

TEXT = """Minnesanteckningar
Styrgruppen för Miljösamverkan Skåne
Datum: 2025-02-06
Tid: 09.00–11.45
Plats: Teams

Närvarande
Karin Hedlund, Söderåsens miljöförbund, ordförande
Anders Nilsson, Lunds kommun
Helena Nilsson, Kristianstads kommun
Peter Sjöholm, Ystad-Österlenregionens miljöförbund
Linda Berg, Malmö stad
Sara Lindgren, Hässleholms kommun
Emma Fransson, Helsingborgs stad (ersättare för Johan Ek)
Mats Ohlsson, Länsstyrelsen Skåne
Jenny Persson, Länsstyrelsen Skåne (punkt 4)
Cecilia Wahlström, samordnare Miljösamverkan Skåne

Förhinder
Johan Ek, Helsingborgs stad
Olle Månsson, Trelleborgs kommun

1. Mötets öppnande och godkännande av dagordning
Karin hälsade välkommen. Dagordningen godkändes med ett tillägg under övriga frågor
(Miljösamverkan Sveriges nätverksträff).

2. Föregående minnesanteckningar
Minnesanteckningarna från mötet den 5 december 2024 gicks igenom och lades till
handlingarna.

3. Verksamhetsplan och projekt 2025
Cecilia gick igenom förslaget till verksamhetsplan för 2025. Tre projekt föreslås:
• Tillsyn av PFAS vid brandövningsplatser, i samarbete med Länsstyrelsen Skåne och
räddningstjänsterna
• Inomhusmiljö i skolor, uppföljning av projektet från 2023
• Små avloppsanläggningar – gemensamma bedömningsgrunder
Styrgruppen diskuterade resursbehovet. Flera kommuner har svårt att avsätta
inspektörstid under våren, och de mindre kommunerna vill kunna delta i ett projekt utan
att leda det. Hässleholm och Kristianstad anmälde intresse att leda avloppsprojektet.
Styrgruppen beslutade att fastställa verksamhetsplanen för 2025 med de tre projekten.
Cecilia skickar ut inbjudan till projektgrupperna senast den 28 februari.
Respektive miljöchef meddelar deltagare till projektgrupperna senast den 14 mars.

4. Information från Länsstyrelsen
Jenny Persson informerade om Länsstyrelsens tillsynsvägledning för 2025. Fokus ligger
på förorenade områden och vattenverksamhet. Länsstyrelsen planerar en vägledningsdag

1 (2)

\fför kommunernas inspektörer den 22 maj i Lund.
Mats Ohlsson berättade att Länsstyrelsens regeringsuppdrag om PFAS i dricksvatten ska
redovisas till Naturvårdsverket i oktober 2025. Länsstyrelsen återkommer med underlag
till PFAS-projektet när kartläggningen är klar.
Anders Nilsson påpekade att Lunds kommun redan har provtagningsdata från två
brandövningsplatser som kan användas i projektet.

5. Ekonomi
Medlemsavgiften för 2025 är oförändrad. Styrgruppen diskuterade en höjning av avgiften
från 2026 för att kunna finansiera samordnartjänsten på heltid. Avgiften beslutas av
Skånes kommuners styrelse i samband med deras budgetprocess.
Styrgruppen ställde sig bakom att föreslå en höjning med 5 procent från 2026.
Karin och Cecilia tar fram ett underlag till Skånes kommuner inför beslutet i juni.

6. Miljöchefsträffen 2025
Årets miljöchefsträff äger rum den 15–16 maj i Ystad. Peter Sjöholm och Linda Berg ingår i
planeringsgruppen tillsammans med Cecilia. Förslag på teman:
• klimatanpassning i den kommunala planeringen
• de ändrade reglerna i miljötillsynsförordningen
• digitalisering av tillsynen och gemensamma e-tjänster
Linda skickar ut en enkät om teman till alla miljöchefer under februari.

7. Övriga frågor
Miljösamverkan Sveriges nätverksträff hålls den 8 april i Stockholm. Anders Nilsson deltar
från Skåne och rapporterar vid nästa möte.
Helena Nilsson berättade om Kristianstads erfarenheter av digital tillsyn av
lantbruksverksamheter. Helena presenterar arbetet närmare vid ett senare möte.
Emma Fransson informerade om att Helsingborg och Ängelholm har börjat samordna
tillsynen av livsmedelsanläggningar i gränsområdet.

8. Nästa möte
Nästa styrgruppsmöte hålls den 3 april 2025 kl. 9.00–12.00 via Teams.

Vid anteckningarna
Cecilia Wahlström

2 (2)

\f"""
Path(__file__).resolve().parent.parent.joinpath("miljosamverkan-skane-styrgrupp-2025-02-06.txt").write_text(
    TEXT, encoding="utf-8"
)
