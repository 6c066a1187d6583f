# ruff: noqa: E501  (case texts are sentences of news copy, kept on one line each)
"""Held-out entity sentences, written after the recognizer was built and measured on them once, blind.

Same guidelines as ``dev_entities.py`` (README.md beside this file).
"""

from __future__ import annotations

from dev_labels import E

# One case per two lines reads better than the formatter's one mention per line.
# fmt: off
ORG, PER, GPE, PROD, FAC = "ORG", "PERSON", "GPE", "PRODUCT", "FACILITY"

EN = [
    E("Nebius chief executive Arkady Volozh said the Microsoft contract would be served from a new site in Vineland, New Jersey.",
      [("Nebius", ORG, None), ("Arkady Volozh", PER, None), ("Microsoft", ORG, None), ("Vineland", GPE, None), ("New Jersey", GPE, None)]),
    E("Crusoe and Blue Owl Capital are financing the Abilene campus that Oracle will lease to OpenAI.",
      [("Crusoe", ORG, None), ("Blue Owl Capital", ORG, None), ("Abilene", GPE, None), ("Oracle", ORG, None), ("OpenAI", ORG, None)]),
    E("Marvell Technology and Astera Labs both rallied after Amazon raised its spending forecast.",
      [("Marvell Technology", ORG, "Marvell"), ("Astera Labs", ORG, None), ("Amazon", ORG, None)]),
    E("Commerce Secretary Howard Lutnick said Nvidia and AMD would hand 15% of their China chip revenue to the US government.",
      [("Howard Lutnick", PER, None), ("Nvidia", ORG, None), ("AMD", ORG, None), ("China", GPE, None), ("US", GPE, "United States")]),
    E("Safra Catz stepped down as Oracle's chief executive, handing the role to Clay Magouyrk and Mike Sicilia.",
      [("Safra Catz", PER, None), ("Oracle", ORG, None), ("Clay Magouyrk", PER, None), ("Mike Sicilia", PER, None)]),
    E("Sakana AI, the Tokyo start-up founded by former Google researchers, raised money from Mitsubishi UFJ Financial Group.",
      [("Sakana AI", ORG, None), ("Tokyo", GPE, None), ("Google", ORG, None), ("Mitsubishi UFJ Financial Group", ORG, None)]),
]

IT = [
    E("Il presidente di Confindustria Emanuele Orsini ha chiesto al governo un piano per l'energia dei data center.",
      [("Confindustria", ORG, None), ("Emanuele Orsini", PER, None)]),
    E("A2A e Microsoft hanno firmato un accordo per alimentare i data center di Milano con energia rinnovabile.",
      [("A2A", ORG, None), ("Microsoft", ORG, None), ("Milano", GPE, "Milan")]),
    E("Secondo il Sole 24 Ore, Fastweb e Vodafone Italia lanceranno un modello linguistico italiano.",
      [("Sole 24 Ore", ORG, "Il Sole 24 Ore"), ("Fastweb", ORG, None), ("Vodafone Italia", ORG, None)]),
    E("Il CEO di Nvidia ha incontrato a Parigi il presidente francese, mentre Altman era a Tokyo.",
      [("Nvidia", ORG, None), ("Parigi", GPE, "Paris"), ("Altman", PER, "Sam Altman"), ("Tokyo", GPE, None)]),
    E("La startup iGenius di Uljan Sharka costruirà in Puglia il supercomputer Colosseum con Nvidia.",
      [("iGenius", ORG, None), ("Uljan Sharka", PER, None), ("Puglia", GPE, "Apulia"), ("Colosseum", FAC, None), ("Nvidia", ORG, None)]),
    E("Il ministro dell'Economia Giancarlo Giorgetti ha incontrato i vertici di BlackRock a Roma.",
      [("Giancarlo Giorgetti", PER, None), ("BlackRock", ORG, None), ("Roma", GPE, "Rome")]),
]

DE = [
    E("Der Münchner Chipausrüster Siltronic leidet unter der schwachen Nachfrage aus China, sagte Vorstandschef Michael Heckmeier.",
      [("Siltronic", ORG, None), ("China", GPE, None), ("Michael Heckmeier", PER, None)]),
    E("Digitalminister Karsten Wildberger will mit der Telekom und SAP eine souveräne KI-Cloud aufbauen.",
      [("Karsten Wildberger", PER, None), ("Telekom", ORG, "Deutsche Telekom"), ("SAP", ORG, None)]),
    E("Die Aktien von Aixtron und Süss Microtec fielen nach der Prognose von ASML deutlich.",
      [("Aixtron", ORG, None), ("Süss Microtec", ORG, None), ("ASML", ORG, None)]),
    E("Die Schwarz-Gruppe und Nvidia planen ein KI-Rechenzentrum in Lübbenau, berichtet das Handelsblatt.",
      [("Schwarz-Gruppe", ORG, "Schwarz Group"), ("Nvidia", ORG, None), ("Lübbenau", GPE, None), ("Handelsblatt", ORG, None)]),
    E("Microsofts Präsident Brad Smith traf in Berlin Bundeskanzler Friedrich Merz.",
      [("Microsofts", ORG, "Microsoft"), ("Brad Smith", PER, None), ("Berlin", GPE, None), ("Friedrich Merz", PER, None)]),
    E("Der Energiekonzern Uniper will Kraftwerksstandorte in Bayern an Rechenzentrumsbetreiber vermieten.",
      [("Uniper", ORG, None), ("Bayern", GPE, "Bavaria")]),
]

FR = [
    E("Xavier Niel a présenté le supercalculateur de sa filiale Scaleway, installé près de Paris.",
      [("Xavier Niel", PER, None), ("Scaleway", ORG, None), ("Paris", GPE, None)]),
    E("La ministre Clara Chappaz a reçu les dirigeants d'Amazon Web Services et de Google à Bercy.",
      [("Clara Chappaz", PER, None), ("Amazon Web Services", ORG, None), ("Google", ORG, None), ("Bercy", FAC, None)]),
    E("Selon Les Echos, Sanofi et Capgemini s'associent à Mistral AI pour un centre de calcul.",
      [("Les Echos", ORG, None), ("Sanofi", ORG, None), ("Capgemini", ORG, None), ("Mistral AI", ORG, None)]),
    E("Le groupe Thales a signé avec Nvidia un partenariat sur l'IA de défense.",
      [("Thales", ORG, None), ("Nvidia", ORG, None)]),
    E("Le patron de RTE, Xavier Piechaczyk, estime que les centres de données pourraient consommer 10 % de l'électricité.",
      [("RTE", ORG, None), ("Xavier Piechaczyk", PER, None)]),
    E("Masayoshi Son a rencontré à Riyad le fonds souverain saoudien.",
      [("Masayoshi Son", PER, None), ("Riyad", GPE, "Riyadh")]),
]

ES = [
    E("Telefónica y el Gobierno vasco construirán en Bilbao una fábrica de IA con chips de Nvidia.",
      [("Telefónica", ORG, None), ("Bilbao", GPE, None), ("Nvidia", ORG, None)]),
    E("Según Cinco Días, Repsol estudia alimentar centros de datos en Cartagena.",
      [("Cinco Días", ORG, None), ("Repsol", ORG, None), ("Cartagena", GPE, None)]),
    E("El presidente de Aragón, Jorge Azcón, recibió a los directivos de Amazon Web Services.",
      [("Aragón", GPE, "Aragon"), ("Jorge Azcón", PER, None), ("Amazon Web Services", ORG, None)]),
    E("La mexicana Kio Networks y la estadounidense Equinix compiten en Querétaro.",
      [("Kio Networks", ORG, None), ("Equinix", ORG, None), ("Querétaro", GPE, None)]),
    E("Lisa Su, de AMD, visitó Madrid para reunirse con Indra.",
      [("Lisa Su", PER, None), ("AMD", ORG, None), ("Madrid", GPE, None), ("Indra", ORG, None)]),
    E("El fondo Blackstone compró a Colonial varios terrenos para centros de datos en Madrid.",
      [("Blackstone", ORG, None), ("Colonial", ORG, None), ("Madrid", GPE, None)]),
]
# fmt: on

CASES = {"en": EN, "it": IT, "de": DE, "fr": FR, "es": ES}
