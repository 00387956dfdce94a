"""How lbva_agarrad_marginalrubriker.txt was laid out (margin headings, page furniture); run once
before the freeze. Kept for provenance: the frozen document, not this script, is the test input."""

import textwrap

M = 22
W = 62


def block(margin, text, first_blank=False):
    out = []
    mlines = margin.split("\n") if margin else []
    paras = text.split("\n\n")
    tlines = []
    for i, p in enumerate(paras):
        if i:
            tlines.append("")
        for raw in p.split("\n"):
            tlines += textwrap.wrap(raw, W) or [""]
    n = max(len(mlines), len(tlines))
    for i in range(n):
        m = mlines[i] if i < len(mlines) else ""
        t = tlines[i] if i < len(tlines) else ""
        out.append((m.ljust(M) + t).rstrip())
    return out


header_p1 = [
    "LAHOLMSBUKTENS VA AB                                      MINNESANTECKNINGAR",
    "                                                          Ägarråd",
    "                                                          2028-03-14",
    "                                                          Sida 1 (3)",
]


def header(n):
    return [
        "\f" + "Laholmsbuktens VA AB                                      Ägarråd 2028-03-14",
        f"                                                          Sida {n} (3)",
        "",
    ]


footer = ["", "", "Laholmsbuktens VA AB · ägs av Halmstads kommun och Laholms kommun · www.lbva.se"]

L = []
L += header_p1
L += ["", "", "Ägarråd för Laholmsbuktens VA AB", ""]
L += block("Tid", "Tisdagen den 14 mars 2028 kl. 08.30–11.15")
L += block("Plats", "Kommunhuset i Laholm, sammanträdesrummet Lagan")
L += [""]
L += block(
    "Närvarande",
    "Halmstads kommun\n"
    "Peter Hallgren (M), kommunstyrelsens ordförande, ordförande i ägarrådet\n"
    "Lena Ekvall, kommundirektör\n"
    "Olle Bergström, ekonomidirektör (punkt 1–5)\n\n"
    "Laholms kommun\n"
    "Birgitta Svensson (C), kommunstyrelsens ordförande\n"
    "Tomas Ek, biträdande kommundirektör, ersättare för Mats Wiberg\n\n"
    "Laholmsbuktens VA AB\n"
    "Ingrid Falk (S), styrelsens ordförande\n"
    "Anders Kjellberg, vd\n"
    "Sara Bergström, ekonomichef\n"
    "Linnéa Holm, bolagssekreterare",
)
L += [""]
L += block("Övriga", "Johan Ståhl, uppdragsledare, Sweco (punkt 4)")
L += [""]
L += block("Förhinder", "Mats Wiberg, kommundirektör, Laholms kommun")
L += ["", ""]
L += block(
    "1. Mötets öppnande",
    "Peter Hallgren öppnade mötet och hälsade välkommen till Laholm. "
    "Dagordningen fastställdes med ett tillägg under punkt 7. "
    "Minnesanteckningarna från ägarrådet den 23 november 2027 godkändes.",
)
L += [""]
L += block(
    "2. Verksamhet och\nekonomi 2027",
    "Anders Kjellberg och Sara Bergström redovisade bokslutet för 2027. "
    "Resultatet blev ett underskott på 3,8 miljoner kronor mot VA-kollektivet, som regleras mot "
    "tidigare års överuttag. Investeringarna uppgick till 212 miljoner kronor, varav "
    "överföringsledningen till Mellbystrand var den största enskilda posten. "
    "Olle Bergström efterfrågade en tydligare redovisning av investeringarna fördelade per kommun. "
    "Sara återkommer med en sådan redovisning till nästa ägarråd.\n\n"
    "Bolagets årsstämma hålls den 25 april 2028 i Halmstad.",
)
L += [""]
L += block(
    "3. VA-taxa 2029",
    "Anders Kjellberg presenterade styrelsens inriktning för taxan 2029. Kostnaderna för "
    "ränta och avskrivningar ökar när de stora investeringarna tas i bruk, och bolaget "
    "bedömer att brukningsavgiften behöver höjas med 9 procent i båda kommunerna. "
    "Birgitta Svensson framförde att Laholm hellre ser flera mindre höjningar över en längre period.\n\n"
    "Ägarrådet ställde sig bakom att bolaget arbetar vidare med en höjning på 9 procent i "
    "båda kommunerna. Taxeförslaget behandlas av kommunfullmäktige i Halmstad och Laholm i oktober.",
)
L += [""]
L += block(
    "4. Förstudie\nreservvatten",
    "Johan Ståhl, Sweco, presenterade förstudien om reservvattenförsörjning för Laholm och "
    "södra Halmstad. Länsstyrelsen i Hallands län pekar i den regionala "
    "vattenförsörjningsplanen ut grundvattenmagasinet vid Mellbystrand som regionalt viktigt, "
    "och Livsmedelsverkets nya dricksvattenföreskrifter skärper kraven på leveranssäkerhet. "
    "Förstudien jämför tre alternativ, där alternativ 2, en överföringsledning från Halmstads "
    "nät till Mellbystrand, ger bäst leveranssäkerhet till lägst kostnad.\n\n"
    "Ägarrådet gav bolaget i uppdrag att gå vidare med en fördjupad utredning av alternativ 2. "
    "Utredningen redovisas för ägarrådet senast den 29 september 2028. Lena Ekvall och "
    "Tomas Ek ser till att kommunernas planarbete stäms av med utredningen.",
)
L += [""]
L += block(
    "5. Ägardirektiv och\nborgensram",
    "Lena Ekvall redovisade förslaget till reviderade ägardirektiv, som samordnas med "
    "kommunernas nya VA-planer. Bolagets lån tas upp via Kommuninvest, och med nuvarande "
    "investeringsplan räcker borgensramen på 1 500 miljoner kronor till och med 2029.\n\n"
    "Ägarrådet enades om att föreslå kommunfullmäktige i båda kommunerna att höja "
    "borgensramen till 1 800 miljoner kronor. Lena Ekvall och Tomas Ek tar fram ett "
    "gemensamt underlag till kommunstyrelserna i maj.",
)
L += [""]
L += block(
    "6. Skyfall och\ndagvatten",
    "Anders Kjellberg beskrev arbetet efter skyfallet i Halmstad i augusti 2027, då flera "
    "bostadsområden översvämmades. Ansvaret mellan bolaget och kommunerna för ytor som "
    "används vid skyfall är inte tydligt reglerat. Anders informerade om att Svenskt Vatten "
    "tar fram en branschgemensam vägledning om skyfallsansvar under hösten.\n\n"
    "Bolaget återkommer med ett förslag till ansvarsfördelning för skyfall till ägarrådet i juni.",
)
L += [""]
L += block(
    "7. Övriga frågor",
    "Birgitta Svensson tog upp att Laholms kommun planerar för cirka 400 nya bostäder i "
    "Mellbystrand och Skummeslövsstrand. Hon vill att bolaget tidigt deltar i detaljplanearbetet. "
    "Anders tar kontakt med Laholms kommuns planavdelning.\n\n"
    "Ingrid Falk informerade om att styrelsen har en utbildningsdag om VA-juridik den 12 maj.",
)
L += [""]
L += block(
    "8. Nästa möte", "Nästa ägarråd hålls tisdagen den 13 juni 2028 kl. 08.30 i stadshuset i Halmstad."
)
L += ["", ""]
L += block("Vid anteckningarna", "Linnéa Holm\nbolagssekreterare")
L += ["", ""]
L += block("Justeras", "Peter Hallgren                    Birgitta Svensson")


def find(prefix):
    for i, line in enumerate(L):
        if line.strip().startswith(prefix):
            return i
    raise SystemExit(prefix)


b1 = find("Ägarrådet ställde sig bakom")
b2 = find("7. Övriga frågor")
out = L[:b1] + footer + header(2) + L[b1:b2] + footer + header(3) + L[b2:] + footer
TARGET = "/work/notes/blind17_draft/lbva_agarrad_marginalrubriker.txt"
with open(TARGET, "w", encoding="utf-8") as fh:
    fh.write("\n".join(out) + "\n")
