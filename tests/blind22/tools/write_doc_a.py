# ruff: noqa: E501
#!/usr/bin/env python3
"""Writes document A: Karlstadsregionen kommundirektörsgrupp, Word document saved as plain text."""

from pathlib import Path

T = "\t"
text = f"""Karlstadsregionen

MINNESANTECKNINGAR
Kommundirektörsgruppen

Datum:{T}2025-05-23
Tid:{T}09.00–12.00
Plats:{T}Kils kommunhus, sammanträdesrum Frykensalen

Närvarande:
Åsa Lindgren, kommundirektör Karlstads kommun, ordförande
Magnus Olsson, kommundirektör Hammarö kommun
Kristina Holm, kommundirektör Kils kommun
Henrik Lindgren, kommundirektör Forshaga kommun
Annika Ström, ekonomichef Grums kommun, ersättare för Mikael Dahl
Jörgen Berg, kommunchef Munkfors kommun (via Teams)
Lena Wallin, samordnare Karlstadsregionen, sekreterare

Övriga deltagare:
Peter Sandahl, förbundsdirektör Räddningstjänsten Karlstadsregionen, punkt 3
Maria Falk, ekonomichef Räddningstjänsten Karlstadsregionen, punkt 3
Emil Norberg, Region Värmland, punkt 5

Förhinder:
Mikael Dahl, kommundirektör Grums kommun
Tomas Eklund, biträdande kommundirektör Karlstads kommun


1.{T}Mötets öppnande och föregående minnesanteckningar
Åsa hälsade välkommen, särskilt till Annika som ersätter Mikael. Minnesanteckningarna från mötet den 25 april godkändes och läggs till handlingarna.

2.{T}Aktuellt från kommunerna
Laget runt där respektive kommun informerade om aktuella frågor:
•{T}Hammarö: Arbetet med den nya skolan i Skoghall följer tidplanen. Upphandlingen av byggentreprenör avslutas i juni.
•{T}Kil: Kommunen har fått besked om statligt stöd till ombyggnaden av resecentrum.
•{T}Forshaga: Henrik berättade om det ekonomiska läget. Kommunen prognostiserar ett underskott på 9 miljoner kronor och har infört anställningsstopp till och med 31 augusti.
•{T}Grums: Rekrytering av ny socialchef pågår.
•{T}Munkfors: Jörgen informerade om att kommunen tillsammans med Region Värmland startar ett projekt om bemanningen på vårdcentralen.
•{T}Karlstad: Inget särskilt att rapportera utöver budgetarbetet.

3.{T}Räddningstjänsten Karlstadsregionen – budgetram 2026 och plan 2027–2028
Peter Sandahl och Maria Falk presenterade förbundets förslag till budgetram för 2026. Förbundet föreslår en uppräkning av medlemsbidraget med 4,2 procent, varav 1,5 procentenheter avser ökade kostnader för den gemensamma räddningscentralen inom Räddningsregion Bergslagen. Fördelningen mellan medlemskommunerna följer förbundsordningen.
Kommundirektörerna framförde att uppräkningen är högre än vad kommunerna räknat med i sina egna budgetar, där flera ligger på 3 procent. Gruppen diskuterade möjligheten att fasa in kostnaden för räddningscentralen över två år.
Kommundirektörerna ställer sig bakom budgetramen under förutsättning att kostnaden för räddningscentralen fasas in under 2026 och 2027.
Peter tar med sig synpunkterna till direktionens sammanträde den 12 juni.
Maria skickar underlaget med fördelning per kommun till gruppen senast 28 maj.

4.{T}E-arkiv – gemensam förstudie
Lena redovisade läget i förstudien om en gemensam e-arkivlösning för Karlstadsregionens kommuner. Fem av sex kommuner har lämnat in sina verksamhetsbehov, Kil återstår. Förstudien ska vara klar i oktober.
Kristina lovade att Kils underlag skickas in senast den 6 juni.
Gruppen var överens om att kostnadsfördelningen i ett kommande avtal ska utgå från invånarantal.

5.{T}Länsplan för regional transportinfrastruktur 2026–2037
Emil Norberg, Region Värmland, informerade om arbetet med ny länsplan för regional transportinfrastruktur för perioden 2026–2037. Planförslaget skickas på remiss den 27 juni med sista svarsdag 19 september. Region Värmland vill särskilt ha synpunkter på prioriteringen av väg 61 och stråket Karlstad–Kil–Arvika.
Beslut: Karlstadsregionen lämnar ett gemensamt remissvar i tillägg till kommunernas egna yttranden.
Lena tar fram ett utkast till gemensamt remissvar som skickas till gruppen senast 22 augusti.

6.{T}Kompetensförsörjning – feriepraktik 2026
Gruppen diskuterade ett gemensamt upplägg för feriepraktik 2026 tillsammans med Arbetsförmedlingen. Magnus lyfte att Hammarö gärna är pilotkommun.
Frågan återkommer på mötet i september.

7.{T}Övriga frågor
•{T}Tomas Eklund går från 1 juni över till en ny tjänst som stadsbyggnadsdirektör i Karlstad. Åsa återkommer om vem som ersätter honom i gruppen.
•{T}Länsstyrelsen i Värmlands län bjuder in till en regional krisledningsövning den 8 oktober. Anmälan senast 5 september.

8.{T}Nästa möte
Fredag 13 juni kl. 09.00–12.00 i Hammarö kommunhus, Skoghall.


Vid anteckningarna
Lena Wallin
"""
out = Path(__file__).resolve().parent.parent / "karlstadsregionen_kommundirektorer_2025-05-23.txt"
out.write_text(text, encoding="utf-8")
print(out, len(text.splitlines()), "lines")
