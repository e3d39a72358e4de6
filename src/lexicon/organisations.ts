/**
 * Bodies that speak in German news: the noun endings that make a word an
 * organisation, the names of organisations that reporters quote, and the
 * news outlets whose names label the interviewer's turns in transcripts.
 *
 * Curated by the zitat authors from their own knowledge of German, Austrian
 * and Swiss news.
 *
 * @module
 */

/**
 * Lower-case noun endings that make a word an organisation or body when
 * they end it, alone or as the last part of a compound: `regierung` makes
 * `Bundesregierung`, `behörde` makes `Ausländerbehörde`, `kreise` makes
 * `Regierungskreise`.
 *
 * Curated by the zitat authors. Plurals are listed under their own heading
 * where they differ from the singular. `vorstand` is also a role head (a
 * board and its member); the two lists overlap nowhere else.
 *
 * Left out: places that speak by metonymy (`Stadt`, `Land`, `Staat`,
 * `Hauptstadt`, country names), heads that mostly end things or events
 * (`stelle` in `Baustelle`, `bahn` in `Autobahn`, `werk` in `Kunstwerk`,
 * `kette` in `Lieferkette`, `zelle`, `einheit`, `stab` in `Maßstab`, `zoll`
 * in `Strafzoll`, `praxis`, `orden`, `uni` in `Juni`), and the role head
 * `tochter` (`Konzerntochter`, a subsidiary). `rat` is listed for the body
 * (`Stadtrat`, `Sicherheitsrat`) although such words also name one member
 * (`Stadtrat Müller`); the feminine `rätin` is a role head.
 *
 * ###### Notes
 *
 * As with role heads, a head is evidence only at a compound seam, and some
 * heads also end words that are not bodies: `rat` in `Heirat`, `Verrat`,
 * `Vorrat`, `Apparat`; `bank` in `Datenbank`, `Sitzbank`; `gericht` in
 * `Hauptgericht` (a dish); `leitung` in `Gasleitung`; `kammer` in
 * `Herzkammer`; `konferenz` in `Pressekonferenz` (an event); `botschaft` in
 * `Videobotschaft` (a message); `zentrum` in `Stadtzentrum`; `spitze` in
 * `Bergspitze`; `ampel` for the traffic light.
 */
export const organisationHeads: readonly string[] = [
  // Government and administration: `Bundesregierung`, `Innenministerium`, `Ausländerbehörde`.
  'regierung', 'ministerium', 'behörde', 'amt', 'verwaltung', 'direktion', 'kanzlei', 'senat',
  'magistrat', 'präsidium', 'kabinett', 'rathaus', 'gemeinde', 'kommune', 'kanton', 'landkreis',
  'bürgerschaft', 'botschaft', 'konsulat', 'vertretung', 'gesandtschaft', 'delegation', 'mission',
  'agentur', 'aufsicht', 'meldestelle', 'leitstelle', 'pressestelle', 'geschäftsstelle',
  'sekretariat', 'direktorium', 'büro', 'hauptquartier', 'palast',
  // Parliaments, parties and political camps: `Unionsfraktion`, `Regierungskreise`.
  'parlament', 'landtag', 'kreistag', 'städtetag', 'landkreistag', 'gemeindetag', 'bundestag',
  'abgeordnetenhaus', 'versammlung', 'kongress', 'partei', 'fraktion', 'koalition', 'opposition',
  'ampel', 'lager', 'kreise', 'bündnis', 'allianz', 'union', 'bund', 'liga', 'bewegung',
  'plattform', 'komitee', 'gremium', 'rat', 'ausschuss', 'kommission', 'konferenz', 'kammer',
  'vorstand', 'spitze', 'führung', 'leitung', 'wahlkampfteam', 'kampagne',
  // Justice, police and security: `Bundesverfassungsgericht`, `Landeskriminalamt`.
  'gericht', 'gerichtshof', 'staatsanwaltschaft', 'anwaltschaft', 'justiz', 'verteidigung',
  'polizei', 'kripo', 'feuerwehr', 'rettungsdienst', 'geheimdienst', 'nachrichtendienst',
  'sicherheitsdienst', 'verfassungsschutz', 'grenzschutz', 'küstenwache', 'anstalt', 'krisenstab',
  'gefängnis', 'gefängnisse',
  'soko',
  // Armed forces and armed groups: `Bundeswehr`, `Luftwaffe`, `Revolutionsgarden`.
  'armee', 'militär', 'streitkräfte', 'truppe', 'truppen', 'marine', 'luftwaffe', 'heer',
  'bundeswehr', 'kommando', 'garde', 'garden', 'miliz', 'milizen', 'brigade', 'brigaden',
  'division', 'bataillon', 'regiment', 'generalstab', 'gruppe', 'gruppierung', 'netzwerk',
  'kartell', 'clan', 'mafia',
  // Business and finance: `Autokonzern`, `Energieversorger`, `Ratingagentur`.
  'konzern', 'unternehmen', 'firma', 'gesellschaft', 'holding', 'hersteller', 'anbieter',
  'betreiber', 'versorger', 'zulieferer', 'discounter', 'versicherer', 'versicherung', 'kasse',
  'bank', 'börse', 'fonds', 'start-up', 'startup', 'verlag', 'reederei', 'brauerei', 'airline',
  'fluglinie', 'stadtwerke', 'genossenschaft', 'konsortium',
  // Sectors that speak as one through their associations: `Autoindustrie`, `Baubranche`.
  'mittelstand', 'wirtschaft', 'industrie', 'branche', 'handwerk', 'handel',
  // Associations, unions and civil society: `Bauernverband`, `Gewerkschaft`, `Hilfsorganisation`.
  'organisation', 'verband', 'verein', 'gewerkschaft', 'stiftung', 'initiative', 'vereinigung',
  'club', 'klub', 'innung', 'zentrale', 'lobby', 'hilfswerk', 'gemeinschaft', 'kirche', 'bistum',
  'diözese', 'synode',
  // Research, education, health and culture: `Max-Planck-Institut`, `Universitätsklinikum`.
  'institut', 'universität', 'hochschule', 'akademie', 'fakultät', 'schule', 'zentrum', 'labor',
  'observatorium', 'denkfabrik', 'thinktank', 'klinik', 'klinikum', 'krankenhaus', 'spital',
  'museum', 'theater', 'festival',
  // Media and communication: `Fernsehsender`, `Rundfunkanstalt`, `Lokalzeitung`.
  'sender', 'rundfunk', 'fernsehen', 'radio', 'zeitung', 'zeitschrift', 'magazin', 'redaktion',
  'portal',
  // English heads of names German news keeps as they are: `British Broadcasting Corporation`.
  'corporation', 'company', 'foundation', 'association', 'council', 'organization', 'federation',
  'authority', 'society', 'institution', 'committee',
  // Plurals that differ from the singular: `Behörden`, `Ministerien`, `Sicherheitsbehörden`.
  'regierungen', 'ministerien', 'behörden', 'ämter', 'verwaltungen', 'parteien', 'fraktionen',
  'kommissionen', 'gerichte', 'staatsanwaltschaften', 'konzerne', 'firmen', 'gesellschaften',
  'banken', 'verbände', 'vereine', 'gewerkschaften', 'stiftungen', 'institute', 'universitäten',
  'hochschulen', 'kliniken', 'krankenhäuser', 'armeen', 'organisationen', 'gruppen', 'kirchen',
  'medien', 'zeitungen', 'agenturen', 'dienste'
]

/**
 * Names and acronyms of organisations, bodies, companies, parties and
 * agencies that German-language news quotes as sources, as written
 * (case-sensitive, multi-word names with single spaces).
 *
 * Curated by the zitat authors: international bodies, the German, Austrian
 * and Swiss state, parties, associations, unions, research institutes and
 * pollsters, large companies, armed groups and religious bodies, and news
 * agencies. Spelling variants used in German running text are listed next
 * to the official ones (`Nato`, `NATO`; `Unesco`, `UNESCO`).
 *
 * Left out: names that are mostly ordinary German words or first names
 * (`Zeit`, `Welt`, `Bild`, `Mitte`, `Arm`, `Signal`, `Saturn`, `Trumpf`,
 * `Netto`, `Penny`, `Douglas`, `Otto`, bare `Bayern` and `Wagner`; the
 * title-case spellings `Insa`, `Nada`, `Irena` and `Zara`), which appear
 * only in longer or upper-case forms (`DIE ZEIT`, `Wagner-Gruppe`, `Otto
 * Group`, `INSA`); `ICE`, which in German news is most often a train; and
 * bodies named only by a generic noun with an article (`die Regierung`),
 * which the organisation heads cover. `Spiegel`, `Union`, `Linke`,
 * `Kommission`, `Allianz` and `Bahn` are listed although they are also
 * ordinary words.
 */
export const knownOrganisations: ReadonlySet<string> = new Set([
  // International organisations and their bodies.
  'UN', 'UNO', 'Vereinte Nationen', 'UN-Sicherheitsrat', 'Weltsicherheitsrat',
  'UN-Generalversammlung', 'UNHCR', 'Unicef', 'UNICEF', 'Unesco', 'UNESCO', 'WHO',
  'Weltgesundheitsorganisation', 'WTO', 'Welthandelsorganisation', 'IWF',
  'Internationaler Währungsfonds', 'IMF', 'Weltbank', 'OECD', 'OSZE', 'Nato', 'NATO', 'EU',
  'EU-Kommission', 'Europäische Kommission', 'Kommission', 'Europäisches Parlament', 'EU-Parlament',
  'Europaparlament', 'Europäischer Rat', 'EuGH', 'Europäischer Gerichtshof', 'EGMR', 'Europarat',
  'EZB', 'Europäische Zentralbank', 'IAEA', 'IAEO', 'Internationale Atomenergiebehörde', 'IStGH',
  'Internationaler Strafgerichtshof', 'IGH', 'Internationaler Gerichtshof', 'ILO', 'FAO', 'WFP',
  'Welternährungsprogramm', 'UNRWA', 'OCHA', 'UNDP', 'UNEP', 'IPCC', 'Weltklimarat', 'G7', 'G20',
  'Opec', 'OPEC', 'Opec+', 'Afrikanische Union', 'AU', 'Arabische Liga', 'Asean', 'ASEAN',
  'Mercosur', 'Frontex', 'Europol', 'Interpol', 'Eurostat', 'Eurogruppe', 'ESM', 'EIB', 'EBA',
  'EMA', 'Efsa', 'ECDC', 'IEA', 'Internationale Energieagentur', 'BIZ', 'IOM', 'UNFPA', 'UN Women',
  'UNAIDS', 'Unctad', 'OPCW', 'CTBTO', 'Golf-Kooperationsrat', 'GCC', 'Brics', 'BRICS', 'SCO',
  'Schanghaier Organisation für Zusammenarbeit', 'Commonwealth', 'Europäische Union',
  'Vereinten Nationen',
  // Sport bodies.
  'IOC', 'Fifa', 'FIFA', 'Uefa', 'UEFA', 'DFB', 'DFL', 'DOSB', 'ÖFB', 'SFV', 'Wada', 'WADA', 'NADA',
  'FIS', 'IAAF', 'World Athletics', 'ATP', 'WTA', 'FIA', 'NBA', 'NFL', 'IBU', 'UCI', 'CAS',
  'Sportgerichtshof', 'FC Bayern', 'FC Bayern München', 'Borussia Dortmund', 'BVB',
  'Bayer Leverkusen', 'RB Leipzig', 'Schalke', 'Schalke 04', 'Hertha BSC', '1. FC Köln',
  'Eintracht Frankfurt', 'VfB Stuttgart', 'Werder Bremen', 'HSV', 'Hamburger SV', 'FC St. Pauli',
  'Union Berlin', 'SC Freiburg', 'VfL Wolfsburg', 'Rapid Wien', 'Austria Wien', 'Red Bull Salzburg',
  'FC Basel', 'Young Boys', 'FC Zürich', 'Real Madrid', 'FC Barcelona', 'Barça',
  'Manchester United', 'Manchester City', 'FC Liverpool', 'FC Chelsea', 'FC Arsenal',
  'Juventus Turin', 'AC Mailand', 'Inter Mailand', 'Paris Saint-Germain', 'PSG',
  // Humanitarian, human-rights, environmental and consumer organisations.
  'IKRK', 'Internationales Komitee vom Roten Kreuz', 'Rotes Kreuz', 'DRK', 'Deutsches Rotes Kreuz',
  'Roter Halbmond', 'Ärzte ohne Grenzen', 'MSF', 'Caritas', 'Diakonie', 'Misereor',
  'Brot für die Welt', 'Oxfam', 'Save the Children', 'Human Rights Watch', 'HRW',
  'Amnesty International', 'Amnesty', 'Greenpeace', 'WWF', 'BUND', 'Nabu', 'NABU',
  'Deutsche Umwelthilfe', 'DUH', 'Fridays for Future', 'Letzte Generation', 'Extinction Rebellion',
  'Transparency International', 'Reporter ohne Grenzen', 'ROG', 'Pro Asyl', 'Sea-Watch',
  'SOS Méditerranée', 'SOS Humanity', 'Seebrücke', 'Mission Lifeline', 'Sea-Eye', 'Lebenshilfe',
  'VdK', 'Sozialverband VdK', 'SoVD', 'Paritätischer Wohlfahrtsverband', 'Der Paritätische', 'AWO',
  'Arbeiterwohlfahrt', 'Deutscher Mieterbund', 'Mieterbund', 'Haus & Grund', 'ADAC', 'ÖAMTC', 'TCS',
  'Stiftung Warentest', 'Verbraucherzentrale', 'Verbraucherzentrale Bundesverband', 'vzbv',
  'Foodwatch', 'foodwatch', 'Campact', 'Attac', 'Lobbycontrol', 'LobbyControl', 'Correctiv',
  'Unicef Deutschland', 'Welthungerhilfe', 'Malteser', 'Johanniter', 'ASB',
  'Arbeiter-Samariter-Bund', 'DLRG', 'THW', 'Technisches Hilfswerk', 'Bundesverband Deutsche Tafel',
  'Tafel Deutschland', 'Terre des Hommes', 'terre des hommes', 'medico international',
  'Kindernothilfe', 'SOS-Kinderdorf', 'Plan International', 'World Vision', 'CARE', 'Aktion Mensch',
  'Weißer Ring', 'Deutsche Krebshilfe', 'Deutsche Aidshilfe', 'LSVD',
  'Zentralrat Deutscher Sinti und Roma', 'Kinderschutzbund', 'Deutscher Kinderschutzbund',
  'Deutsches Kinderhilfswerk', 'Volksbund', 'Yad Vashem', 'Anne Frank Zentrum',
  // German federal and state institutions.
  'Bundesregierung', 'Bundeskanzleramt', 'Kanzleramt', 'Auswärtiges Amt', 'Bundespräsidialamt',
  'Bundestag', 'Bundesrat', 'Bundesversammlung', 'Bundesverfassungsgericht', 'BVerfG',
  'Bundesgerichtshof', 'BGH', 'Bundesverwaltungsgericht', 'BVerwG', 'Bundesarbeitsgericht', 'BAG',
  'Bundessozialgericht', 'BSG', 'Bundesfinanzhof', 'BFH', 'Generalbundesanwalt',
  'Bundesanwaltschaft', 'Bundeswehr', 'Bundespolizei', 'BKA', 'Bundeskriminalamt', 'BND',
  'Bundesnachrichtendienst', 'Verfassungsschutz', 'BfV', 'Bundesamt für Verfassungsschutz', 'MAD',
  'BSI', 'BAMF', 'Bundesamt für Migration und Flüchtlinge', 'Bundesagentur für Arbeit',
  'Arbeitsagentur', 'Bundesnetzagentur', 'Bundeskartellamt', 'BaFin', 'Bafin', 'Bundesbank',
  'Deutsche Bundesbank', 'Statistisches Bundesamt', 'Destatis', 'RKI', 'Robert Koch-Institut',
  'Robert-Koch-Institut', 'Paul-Ehrlich-Institut', 'PEI', 'Stiko', 'STIKO',
  'Ständige Impfkommission', 'Umweltbundesamt', 'UBA', 'Deutscher Wetterdienst', 'DWD', 'KBA',
  'Kraftfahrt-Bundesamt', 'BfR', 'Bundesinstitut für Risikobewertung', 'Bundesrechnungshof',
  'Sachverständigenrat', 'Deutscher Ethikrat', 'Ethikrat', 'Monopolkommission', 'Bundesärztekammer',
  'Kassenärztliche Bundesvereinigung', 'KBV', 'Marburger Bund', 'DKG',
  'Deutsche Krankenhausgesellschaft', 'GKV-Spitzenverband', 'Charité', 'BfArM',
  'Bundesinstitut für Arzneimittel und Medizinprodukte', 'Bundesamt für Strahlenschutz', 'BfS',
  'BASE', 'Bundesverteidigungsministerium', 'Verteidigungsministerium', 'Bundesinnenministerium',
  'Innenministerium', 'Bundesfinanzministerium', 'Finanzministerium',
  'Bundeswirtschaftsministerium', 'Wirtschaftsministerium', 'Bundesgesundheitsministerium',
  'Gesundheitsministerium', 'Bundesjustizministerium', 'Justizministerium',
  'Bundesarbeitsministerium', 'Arbeitsministerium', 'Bundesumweltministerium', 'Umweltministerium',
  'Bundesverkehrsministerium', 'Verkehrsministerium', 'Bundesbildungsministerium',
  'Bundesfamilienministerium', 'Entwicklungsministerium', 'Bundesentwicklungsministerium',
  'Landesregierung', 'Senat', 'Staatskanzlei', 'LKA', 'Landeskriminalamt', 'Staatsanwaltschaft',
  'Polizei', 'Bundeszentrale für politische Bildung', 'bpb', 'Stiftung Wissenschaft und Politik',
  'Generalzolldirektion', 'Deutsche Rentenversicherung', 'Rentenversicherung',
  'Antidiskriminierungsstelle', 'Bundesstiftung Aufarbeitung', 'Stasi-Unterlagen-Archiv',
  // German parties, their youth wings and parliamentary groups.
  'SPD', 'CDU', 'CSU', 'FDP', 'AfD', 'Grüne', 'Die Grünen', 'Grünen', 'Bündnis 90/Die Grünen',
  'Linke', 'Die Linke', 'Linkspartei', 'BSW', 'Bündnis Sahra Wagenknecht', 'Freie Wähler', 'Volt',
  'ÖDP', 'Piratenpartei', 'NPD', 'Die Heimat', 'Union', 'CDU/CSU', 'Unionsfraktion', 'SSW',
  'Die Partei', 'Tierschutzpartei', 'Werteunion', 'Jusos', 'Junge Union', 'JU', 'Junge Liberale',
  'Julis', 'Grüne Jugend', 'Linksjugend', 'Junge Alternative', 'Generation Deutschland', 'Ampel',
  'Ampel-Koalition', 'Ampelkoalition', 'Große Koalition', 'Groko', 'GroKo', 'Schwarz-Rot',
  // Austria.
  'ÖVP', 'SPÖ', 'FPÖ', 'Neos', 'NEOS', 'KPÖ', 'BZÖ', 'Bierpartei', 'Nationalrat',
  'Verfassungsgerichtshof', 'VfGH', 'Verwaltungsgerichtshof', 'VwGH', 'OGH', 'Oberster Gerichtshof',
  'Rechnungshof', 'AMS', 'Arbeiterkammer', 'AK', 'Wirtschaftskammer', 'WKO', 'ÖGB',
  'Industriellenvereinigung', 'Statistik Austria', 'Wifo', 'WIFO', 'IHS', 'Nationalbank', 'OeNB',
  'Bundesheer', 'Hofburg', 'Ballhausplatz', 'Präsidentschaftskanzlei', 'WKStA',
  'Korruptionsstaatsanwaltschaft', 'DSN', 'Direktion Staatsschutz und Nachrichtendienst',
  'Landespolizeidirektion', 'ÖBB', 'OMV', 'Verbund AG', 'Erste Group', 'Raiffeisen', 'RBI',
  'Raiffeisen Bank International', 'Red Bull', 'Voestalpine', 'voestalpine', 'Wiener Linien',
  'Signa', 'Leiner', 'Swarovski', 'Andritz', 'Wienerberger', 'Porr', 'Strabag', 'Casinos Austria',
  'Austrian Airlines', 'AUA',
  // Switzerland.
  'SVP', 'SP', 'Die Mitte', 'GLP', 'Grünliberale', 'EVP', 'EDU', 'Lega', 'MCG', 'Ständerat',
  'Bundesgericht', 'Seco', 'SECO', 'SNB', 'Schweizerische Nationalbank', 'Finma', 'FINMA',
  'Bundesamt für Gesundheit', 'EDA', 'VBS', 'EFD', 'EJPD', 'UVEK', 'WBF', 'EDI', 'Fedpol', 'fedpol',
  'NDB', 'Nachrichtendienst des Bundes', 'Bundeskanzlei', 'Armee', 'Schweizer Armee', 'UBS',
  'Credit Suisse', 'CS', 'Nestlé', 'Novartis', 'Roche', 'Swiss', 'SBB', 'Die Post', 'Swisscom',
  'Glencore', 'ABB', 'Zurich Insurance', 'Swiss Re', 'Economiesuisse', 'economiesuisse',
  'Gewerkschaftsbund', 'SGB', 'Travail.Suisse', 'Swissmem', 'Gewerbeverband', 'Bauernverband',
  'KOF', 'SRG', 'SRG SSR', 'Keystone-SDA', 'SDA', 'Pro Natura', 'Operation Libero', 'Helvetas',
  'Swissaid', 'Caritas Schweiz', 'Syngenta', 'Holcim', 'Lindt', 'Migros', 'Coop', 'Sika', 'Lonza',
  'Logitech', 'Stadler Rail', 'Ruag', 'RUAG',
  // United States.
  'Weißes Haus', 'White House', 'Pentagon', 'Kongress', 'US-Kongress', 'Repräsentantenhaus',
  'US-Senat', 'Supreme Court', 'Oberster Gerichtshof der USA', 'State Department',
  'US-Außenministerium', 'US-Verteidigungsministerium', 'US-Justizministerium', 'FBI', 'CIA', 'NSA',
  'FDA', 'CDC', 'NIH', 'Fed', 'US-Notenbank', 'Federal Reserve', 'SEC', 'FTC', 'DOJ', 'Nasa',
  'NASA', 'DHS', 'DEA', 'ATF', 'Secret Service', 'Demokraten', 'Republikaner', 'GOP', 'Doge',
  'DOGE', 'US-Regierung', 'US-Armee', 'US-Militär', 'National Guard', 'Nationalgarde',
  'Heritage Foundation', 'Brookings', 'Brookings Institution', 'Rand Corporation',
  'Council on Foreign Relations', 'Atlantic Council', 'ACLU', 'NRA', 'Black Lives Matter',
  'Pew Research Center', 'Gallup', 'Harvard', 'Harvard University', 'Stanford', 'MIT', 'Yale',
  'Princeton', 'Columbia University', 'Johns Hopkins University',
  // Other states' institutions and metonyms.
  'Kreml', 'Elysée', 'Élysée', 'Élysée-Palast', 'Elysée-Palast', 'Matignon', "Quai d'Orsay",
  'Downing Street', 'Whitehall', 'Westminster', 'Unterhaus', 'Oberhaus', 'Buckingham Palace',
  'Buckingham-Palast', 'Palazzo Chigi', 'Quirinal', 'Moncloa', 'Knesset', 'Duma', 'Staatsduma',
  'Föderationsrat', 'Rada', 'Werchowna Rada', 'Präsidialamt', 'Präsidentenbüro', 'Tories', 'Labour',
  'Labour-Partei', 'Liberaldemokraten', 'Reform UK', 'SNP', 'Sinn Féin', 'Rassemblement National',
  'RN', 'La France insoumise', 'LFI', 'Les Républicains', 'Parti socialiste', "Fratelli d'Italia",
  'Lega Nord', 'Forza Italia', 'Partito Democratico', 'Cinque Stelle', 'PiS',
  'Recht und Gerechtigkeit', 'Bürgerplattform', 'Konfederacja', 'Fidesz', 'Tisza', 'Smer', 'ANO',
  'PVV', 'VVD', 'NSC', 'BBB', 'D66', 'GroenLinks-PvdA', 'Vlaams Belang', 'N-VA',
  'Sverigedemokraterna', 'Schwedendemokraten', 'Wahre Finnen', 'Vox', 'PSOE', 'Partido Popular',
  'PP', 'Podemos', 'Sumar', 'Chega', 'Syriza', 'Nea Dimokratia', 'Likud', 'Jesch Atid', 'Blau-Weiß',
  'Nationale Einheit', 'AKP', 'CHP', 'MHP', 'HDP', 'DEM-Partei', 'Einiges Russland',
  'Partei der Regionen', 'Diener des Volkes', 'Georgischer Traum', 'Kommunistische Partei', 'KP',
  'KPCh', 'Politbüro', 'Volkskongress', 'Nationaler Volkskongress', 'Staatsrat',
  'Volksbefreiungsarmee', 'Zentralkomitee', 'Morena', 'PT', 'Frente Amplio', 'ANC', 'ZANU-PF',
  'Tatmadaw',
  // Militaries, security services and armed groups in the news.
  'Mossad', 'Schin Bet', 'Shin Bet', 'Schabak', 'IDF', 'Zahal', 'israelische Armee',
  'Revolutionsgarden', 'Revolutionsgarde', 'Pasdaran', 'FSB', 'SWR', 'GRU', 'SBU', 'HUR',
  'Ukrainischer Geheimdienst', 'MI5', 'MI6', 'GCHQ', 'DGSE', 'DGSI', 'Hamas', 'Hisbollah', 'Huthi',
  'Huthis', 'Huthi-Miliz', 'Taliban', 'IS', 'Islamischer Staat', 'Al-Kaida', 'Al-Qaida', 'al-Qaida',
  'PKK', 'YPG', 'SDF', 'HTS', 'Haiat Tahrir al-Scham', 'Islamischer Dschihad', 'Fatah', 'PLO',
  'Palästinensische Autonomiebehörde', 'Autonomiebehörde', 'Muslimbruderschaft', 'Wagner-Gruppe',
  'Afrikakorps', 'RSF', 'Boko Haram', 'Al-Shabaab', 'Schabab', 'M23', 'ETA', 'IRA', 'RAF', 'NSU',
  'Reichsbürger', 'Identitäre Bewegung', 'Gruppe Reuss', 'Hells Angels', 'Ndrangheta',
  "'Ndrangheta", 'Camorra', 'Cosa Nostra',
  // Religious bodies.
  'EKD', 'Evangelische Kirche in Deutschland', 'Deutsche Bischofskonferenz', 'Bischofskonferenz',
  'Vatikan', 'Heiliger Stuhl', 'ZdK', 'Zentralkomitee der deutschen Katholiken',
  'Zentralrat der Juden', 'Zentralrat der Muslime', 'Ditib', 'DITIB', 'Islamrat',
  'Koordinationsrat der Muslime', 'Orthodoxe Kirche', 'Russisch-Orthodoxe Kirche',
  'Moskauer Patriarchat', 'Weltkirchenrat', 'Ökumenischer Rat der Kirchen', 'Erzbistum Köln',
  'Erzbistum München und Freising', 'Bistum Limburg',
  // Companies: Germany.
  'Rheinmetall', 'Siemens', 'Siemens Energy', 'Siemens Healthineers', 'Volkswagen', 'VW',
  'Volkswagen-Konzern', 'BMW', 'Mercedes-Benz', 'Mercedes', 'Daimler', 'Daimler Truck', 'Porsche',
  'Audi', 'Opel', 'Bosch', 'Continental', 'ZF', 'ZF Friedrichshafen', 'Schaeffler', 'BASF', 'Bayer',
  'Henkel', 'Merck', 'SAP', 'Deutsche Telekom', 'Telekom', 'Deutsche Post', 'DHL', 'Deutsche Bahn',
  'DB', 'Bahn', 'DB Cargo', 'DB Netz', 'DB InfraGO', 'Lufthansa', 'Condor', 'Eurowings', 'Tui',
  'TUI', 'Allianz', 'Munich Re', 'Hannover Rück', 'Talanx', 'Deutsche Bank', 'Commerzbank',
  'DZ Bank', 'KfW', 'DSGV', 'Sparkassen', 'Eon', 'E.ON', 'RWE', 'EnBW', 'Uniper', 'Vattenfall',
  'Thyssenkrupp', 'ThyssenKrupp', 'Salzgitter', 'Airbus', 'Hensoldt', 'KNDS',
  'Krauss-Maffei Wegmann', 'Diehl', 'Diehl Defence', 'Heckler & Koch', 'Infineon', 'Zalando',
  'Delivery Hero', 'Hellofresh', 'HelloFresh', 'Adidas', 'adidas', 'Puma', 'Beiersdorf',
  'Fresenius', 'Vonovia', 'Aldi', 'Aldi Nord', 'Aldi Süd', 'Lidl', 'Edeka', 'Rewe',
  'Schwarz-Gruppe', 'Ceconomy', 'Media Markt', 'Mediamarkt', 'Galeria', 'Galeria Karstadt Kaufhof',
  'Bertelsmann', 'Axel Springer', 'Springer', 'ProSiebenSat.1', 'RTL', 'RTL Group', 'Wacker Chemie',
  'Covestro', 'Evonik', 'Lanxess', 'Traton', 'MAN', 'Deutsche Börse', 'Hapag-Lloyd', 'Fraport',
  'Würth', 'Miele', 'Vorwerk', 'Dr. Oetker', 'Oetker', 'Tönnies', 'Otto Group', 'Ottogroup',
  'Rossmann', 'Kaufland', 'Biontech', 'BioNTech', 'Curevac', 'CureVac', 'Qiagen', 'Sartorius',
  'Carl Zeiss', 'Zeiss', 'Festo', 'Kuka', 'Trigema', 'Deutsche Wohnen', 'Leag', 'LEAG', 'Sefe',
  'SEFE', 'Northvolt', 'Flixbus', 'FlixBus', 'Flix', 'N26', 'Trade Republic', 'Celonis', 'Personio',
  'Helsing', 'Isar Aerospace', 'Lilium', 'Quantum Systems', 'Auto1', 'Sixt', 'Enercon', 'Nordex',
  'Siemens Gamesa',
  // Companies: international.
  'Microsoft', 'Google', 'Alphabet', 'Apple', 'Amazon', 'Meta', 'Facebook', 'Instagram', 'Whatsapp',
  'WhatsApp', 'Tiktok', 'TikTok', 'Bytedance', 'ByteDance', 'Twitter', 'Openai', 'OpenAI',
  'Anthropic', 'Nvidia', 'Tesla', 'SpaceX', 'Spacex', 'Starlink', 'Huawei', 'Samsung', 'Sony',
  'Toyota', 'Honda', 'Nissan', 'Hyundai', 'BYD', 'Geely', 'Alibaba', 'Tencent', 'Netflix',
  'Spotify', 'Uber', 'Airbnb', 'Telegram', 'Temu', 'Shein', 'Intel', 'IBM', 'AMD', 'TSMC', 'ASML',
  'Qualcomm', 'Oracle', 'Salesforce', 'Palantir', 'Xai', 'xAI', 'Mistral', 'Deepseek', 'DeepSeek',
  'Boeing', 'Lockheed Martin', 'Raytheon', 'Northrop Grumman', 'General Dynamics', 'BAE Systems',
  'Thales', 'Saab', 'Rolls-Royce', 'Dassault', 'Ford', 'General Motors', 'GM', 'Stellantis',
  'Renault', 'Fiat', 'Volvo', 'Shell', 'BP', 'Exxonmobil', 'ExxonMobil', 'Chevron', 'Totalenergies',
  'TotalEnergies', 'Equinor', 'Aramco', 'Saudi Aramco', 'Gazprom', 'Rosneft', 'Lukoil', 'Novatek',
  'Rosatom', 'Roskosmos', 'Sberbank', 'VTB', 'Aeroflot', 'Naftogaz', 'Ukrenergo', 'Ukrposhta',
  'Goldman Sachs', 'JP Morgan', 'JPMorgan', 'Morgan Stanley', 'Blackrock', 'BlackRock', 'Vanguard',
  'Citigroup', 'HSBC', 'Barclays', 'UniCredit', 'BNP Paribas', 'Santander', 'ING', "Moody's", 'S&P',
  "Standard & Poor's", 'Fitch', 'Nestle', 'Unilever', 'Procter & Gamble', 'Coca-Cola', 'Pepsico',
  'PepsiCo', "McDonald's", 'Starbucks', 'Walmart', 'Ikea', 'IKEA', 'H&M', 'Inditex', 'LVMH',
  'Kering', "L'Oréal", 'Pfizer', 'Moderna', 'Astrazeneca', 'AstraZeneca', 'Johnson & Johnson',
  'Novo Nordisk', 'Eli Lilly', 'Sanofi', 'GSK', 'Ryanair', 'Easyjet', 'easyJet', 'Air France',
  'Air France-KLM', 'KLM', 'British Airways', 'Emirates', 'Qatar Airways', 'Turkish Airlines',
  'Maersk', 'MSC', 'Cosco', 'Foxconn', 'Xiaomi', 'CATL', 'Nio', 'Disney', 'Warner Bros.',
  'Paramount', 'Electronic Arts', 'Nintendo', 'Ubisoft', 'Activision', 'Valve', 'Epic Games',
  'Visa', 'Mastercard', 'Paypal', 'PayPal', 'Klarna', 'Wirecard', 'FTX', 'Binance', 'Coinbase',
  'Tether', 'Discord', 'Reddit', 'Youtube', 'YouTube', 'Linkedin', 'LinkedIn', 'Snapchat',
  'Pinterest', 'Bluesky', 'Truth Social', 'X Corp',
  // Research institutes, think tanks and pollsters.
  'ifo', 'Ifo', 'Ifo-Institut', 'ifo Institut', 'DIW', 'DIW Berlin', 'IW', 'IW Köln',
  'Institut der deutschen Wirtschaft', 'IfW', 'IfW Kiel', 'Kiel Institut',
  'Kiel Institut für Weltwirtschaft', 'ZEW', 'RWI', 'IWH', 'IMK', 'IAB', 'WSI',
  'Max-Planck-Gesellschaft', 'Max-Planck-Institut', 'Fraunhofer', 'Fraunhofer-Gesellschaft',
  'Helmholtz', 'Helmholtz-Gemeinschaft', 'Leibniz-Gemeinschaft', 'Leopoldina',
  'Nationale Akademie der Wissenschaften Leopoldina', 'DFG', 'Deutsche Forschungsgemeinschaft',
  'PIK', 'Potsdam-Institut für Klimafolgenforschung', 'AWI', 'Alfred-Wegener-Institut', 'DLR',
  'Deutsches Zentrum für Luft- und Raumfahrt', 'GEOMAR', 'Geomar', 'Helmholtz-Zentrum',
  'Bertelsmann Stiftung', 'Bertelsmann-Stiftung', 'Hans-Böckler-Stiftung', 'Böckler-Stiftung',
  'Friedrich-Ebert-Stiftung', 'FES', 'Konrad-Adenauer-Stiftung', 'KAS', 'Heinrich-Böll-Stiftung',
  'Rosa-Luxemburg-Stiftung', 'Friedrich-Naumann-Stiftung', 'Hanns-Seidel-Stiftung',
  'Desiderius-Erasmus-Stiftung', 'SWP', 'DGAP', 'ECFR', 'Bruegel', 'Sipri', 'SIPRI', 'IISS', 'ISW',
  'Institute for the Study of War', 'Chatham House', 'Carnegie', 'Carnegie Endowment',
  'Kiel Institute', 'Agora Energiewende', 'Agora Verkehrswende', 'Öko-Institut',
  'Wuppertal Institut', 'Prognos', 'Deutsches Jugendinstitut', 'DJI', 'WZB',
  'Wissenschaftszentrum Berlin', 'GIGA', 'HSFK', 'PRIF', 'Forsa', 'forsa', 'Infratest dimap',
  'Infratest', 'Allensbach', 'Institut für Demoskopie Allensbach', 'INSA', 'YouGov', 'Yougov',
  'Forschungsgruppe Wahlen', 'GMS', 'Civey', 'Verian', 'Ipsos', 'Emnid', 'Kantar', 'GfK', 'NIM',
  'Nürnberg Institut für Marktentscheidungen', 'Statista', 'Sotomo', 'gfs.bern', 'GFS Bern',
  'Lewada', 'Lewada-Zentrum', 'Levada', 'KIIS', 'Rasmussen', 'Quinnipiac', 'Ifop', 'Elabe',
  'Statistisches Landesamt', 'Eurobarometer', 'Our World in Data', 'Johns Hopkins',
  'Imperial College', 'Oxford Economics', 'Capital Economics', 'Prognos AG', 'McKinsey',
  'Boston Consulting Group', 'BCG', 'Deloitte', 'PwC', 'KPMG', 'EY', 'Ernst & Young',
  'Roland Berger', 'Creditreform', 'Schufa', 'SCHUFA',
  // Business associations, employers and trade unions.
  'BDI', 'BDA', 'DIHK', 'ZDH', 'VDA', 'VDMA', 'ZVEI', 'Bitkom', 'BDEW', 'HDE', 'Handelsverband',
  'Handelsverband Deutschland', 'Dehoga', 'DEHOGA', 'DGB', 'Deutscher Gewerkschaftsbund', 'Verdi',
  'Ver.di', 'ver.di', 'IG Metall', 'IG BCE', 'IG BAU', 'GDL', 'EVG', 'Vereinigung Cockpit', 'GEW',
  'dbb', 'Beamtenbund', 'Deutscher Beamtenbund', 'Deutscher Bauernverband', 'DBV', 'Gesamtmetall',
  'ZIA', 'GdW', 'Deutscher Städtetag', 'Städtetag', 'Deutscher Landkreistag', 'Landkreistag',
  'Deutscher Städte- und Gemeindebund', 'Städte- und Gemeindebund', 'DStGB', 'BGA', 'VCI', 'VKU',
  'BVMW', 'Der Mittelstand', 'Familienunternehmer', 'Die Familienunternehmer', 'BDZV', 'VDZ',
  'Börsenverein', 'Deutscher Journalisten-Verband', 'DJV', 'Deutscher Richterbund', 'Richterbund',
  'DAV', 'Deutscher Anwaltverein', 'Bundesrechtsanwaltskammer', 'Deutscher Lehrerverband',
  'Philologenverband', 'VBE', 'GdP', 'Gewerkschaft der Polizei', 'DPolG',
  'Deutsche Polizeigewerkschaft', 'BDK', 'Bund Deutscher Kriminalbeamter', 'Bundeswehrverband',
  'Deutscher Bundeswehrverband', 'Reservistenverband', 'Hartmannbund', 'Deutscher Hausärzteverband',
  'Hausärzteverband', 'ABDA', 'Deutscher Pflegerat', 'Deutscher Feuerwehrverband',
  'Deutscher Kulturrat', 'Deutscher Fußball-Bund', 'Deutscher Olympischer Sportbund', 'IHK', 'HWK',
  'Handwerkskammer', 'Handelskammer', 'Industrie- und Handelskammer', 'AHK', 'VDI', 'TÜV', 'Dekra',
  'DEKRA',
  // News agencies and broadcasters quoted as sources.
  'dpa', 'DPA', 'Deutsche Presse-Agentur', 'AFP', 'Agence France-Presse', 'Reuters', 'AP',
  'Associated Press', 'KNA', 'epd', 'APA', 'Bloomberg', 'CNN', 'BBC', 'Fox News', 'NBC', 'CBS',
  'ABC', 'Al Jazeera', 'Al-Dschasira', 'Tass', 'TASS', 'Ria Nowosti', 'RIA Nowosti', 'Interfax',
  'Xinhua', 'Kyodo', 'Yonhap', 'KCNA', 'Anadolu', 'Irna', 'IRNA', 'Tasnim', 'Fars', 'Ukrinform',
  'Unian', 'ZDF', 'ARD', 'Deutsche Welle', 'DW', 'Deutschlandfunk', 'SRF', 'ORF', 'Spiegel',
  'SPIEGEL', 'Der Spiegel', 'Süddeutsche Zeitung', 'FAZ', 'Frankfurter Allgemeine Zeitung', 'ZEIT',
  'Die Zeit', 'BILD', 'RND', 'Handelsblatt', 'Tagesspiegel', 'WELT', 'NZZ', 'New York Times',
  'Washington Post', 'Wall Street Journal', 'Financial Times', 'Guardian', 'Le Monde', 'Politico',
  'Axios', 'Haaretz', 'Kyiv Independent', 'Meduza', 'Nowaja Gaseta'
])

/**
 * Names of news outlets and programmes, and generic labels, that mark the
 * interviewer's turns in an interview transcript (`SPIEGEL: Herr Minister,
 * …`, `Frage: …`), as written (case-sensitive, multi-word names with single
 * spaces).
 *
 * Curated by the zitat authors: German, Austrian and Swiss print, online and
 * broadcast outlets with their masthead spellings (`SPIEGEL`, `DER
 * STANDARD`, `stern`, `taz`), the international outlets whose interviews
 * German media translate, and the generic labels `Frage`, `F`,
 * `Interviewer`, `Interviewerin`, `Moderator`, `Moderatorin` and the like.
 *
 * Left out: names of individual journalists (a transcript that labels the
 * interviewer by name is matched by name; only talk shows named after their
 * host are listed, such as `Lanz` and `Maischberger`), and regional papers
 * beyond the larger ones.
 *
 * ###### Notes
 *
 * The set is meant for the label slot at the start of a turn, before a
 * colon, where ordinary-word names (`Zeit`, `Welt`, `Bild`, `Presse`,
 * `Heute`, `Republik`, `Standard`) are safe; elsewhere prefer
 * {@link knownOrganisations}.
 */
export const outlets: ReadonlySet<string> = new Set([
  // German weeklies and magazines, in their masthead and running-text spellings.
  'SPIEGEL', 'Spiegel', 'DER SPIEGEL', 'Der Spiegel', 'SPIEGEL ONLINE', 'Spiegel Online', 'ZEIT',
  'Zeit', 'DIE ZEIT', 'Die Zeit', 'ZEIT ONLINE', 'Zeit Online', 'ZEIT Campus', 'ZEITmagazin',
  'ZEIT Magazin', 'stern', 'STERN', 'Stern', 'Focus', 'FOCUS', 'Focus Online', 'FOCUS online',
  'Cicero', 'Freitag', 'der Freitag', 'Der Freitag', 'Capital', 'WirtschaftsWoche', 'WiWo',
  'manager magazin', 'Manager Magazin', 'brand eins', 'Brand eins', 'Emma', 'EMMA', 'Brigitte',
  'Bunte', 'BUNTE', 'Gala', 'chrismon', 'Publik-Forum', 'Jungle World', 'konkret', 'Monopol', 'GEO',
  'Geo', "c't", 'Spektrum', 'Spektrum der Wissenschaft', 'Kicker', 'kicker', '11 Freunde',
  '11FREUNDE', 'Rolling Stone', 'Musikexpress', 'Cosmopolitan', 'Vogue', 'Glamour', 'Eltern',
  'Apotheken Umschau', 'SUPERillu', 'Super Illu', 'Titanic', 'Mare', 'mare', 'Katapult', 'KATAPULT',
  'Dummy', 'Neon', 'NEON', 'Vice', 'VICE', 'Krautreporter', 'Correctiv', 'CORRECTIV', 'Übermedien',
  'netzpolitik.org', 'fluter', 'fluter.de', 'jetzt', 'jetzt.de', 'SZ-Magazin', 'SZ Magazin',
  'Süddeutsche Zeitung Magazin', 'FAZ Magazin', 'Frankfurter Allgemeine Quarterly', 'Table.Media',
  'Table.Briefings', 'Politico', 'POLITICO', 'Pioneer', 'The Pioneer', 'Business Insider',
  'Gründerszene', 't3n', 'heise', 'heise online', 'Golem', 'Golem.de', 'Chip', 'CHIP',
  'Computerbild', 'Auto Bild', 'Auto Motor und Sport', 'Sport Bild',
  // German daily newspapers.
  'FAZ', 'F.A.Z.', 'Frankfurter Allgemeine', 'Frankfurter Allgemeine Zeitung', 'FAS', 'F.A.S.',
  'Frankfurter Allgemeine Sonntagszeitung', 'SZ', 'Süddeutsche', 'Süddeutsche Zeitung', 'taz',
  'TAZ', 'die tageszeitung', 'WELT', 'Welt', 'DIE WELT', 'Die Welt', 'WELT AM SONNTAG',
  'Welt am Sonntag', 'WamS', 'Bild', 'BILD', 'Bild am Sonntag', 'BamS', 'Bild.de', 'B.Z.', 'BZ',
  'Handelsblatt', 'HB', 'Tagesspiegel', 'Der Tagesspiegel', 'Berliner Zeitung',
  'Berliner Morgenpost', 'nd', 'ND', 'neues deutschland', 'nd.DerTag', 'junge Welt', 'Junge Welt',
  'Frankfurter Rundschau', 'FR', 'Stuttgarter Zeitung', 'Stuttgarter Nachrichten',
  'Kölner Stadt-Anzeiger', 'KStA', 'Express', 'Rheinische Post', 'RP', 'WAZ',
  'Westdeutsche Allgemeine Zeitung', 'Hamburger Abendblatt', 'Abendblatt', 'Hamburger Morgenpost',
  'Mopo', 'MOPO', 'Münchner Merkur', 'Merkur', 'tz', 'Abendzeitung', 'AZ', 'Augsburger Allgemeine',
  'Nürnberger Nachrichten', 'HAZ', 'Hannoversche Allgemeine', 'Hannoversche Allgemeine Zeitung',
  'Leipziger Volkszeitung', 'LVZ', 'Sächsische Zeitung', 'Freie Presse', 'Mitteldeutsche Zeitung',
  'MZ', 'Ostsee-Zeitung', 'Nordkurier', 'Weser-Kurier', 'NOZ', 'Neue Osnabrücker Zeitung',
  'Badische Zeitung', 'Mannheimer Morgen', 'General-Anzeiger', 'Aachener Zeitung',
  'Kieler Nachrichten', 'Schwäbische Zeitung', 'Südwest Presse', 'Märkische Allgemeine', 'MAZ',
  'Thüringer Allgemeine', 'Volksstimme', 'Magdeburger Volksstimme', 'Lausitzer Rundschau',
  'Saarbrücker Zeitung', 'Trierischer Volksfreund', 'Rhein-Zeitung', 'Westfälische Nachrichten',
  'Neue Westfälische', 'Ruhr Nachrichten', 'Main-Post', 'Nürnberger Zeitung',
  'Passauer Neue Presse', 'PNP', 'Mittelbayerische', 'Mittelbayerische Zeitung',
  'Heilbronner Stimme', 'Pforzheimer Zeitung', 'Der Westen', 'DerWesten', 't-online', 't-online.de',
  'RND', 'Redaktionsnetzwerk Deutschland', 'Funke', 'Funke Mediengruppe', 'FUNKE', 'Ippen',
  'IPPEN.MEDIA', 'Watson', 'watson', 'watson.de', 'Berliner Kurier',
  // German broadcasters, programmes and agencies.
  'ZDF', 'ZDFheute', 'ZDF heute', 'heute', 'heute journal', 'heute-journal', 'heute-show',
  'Frontal', 'Berlin direkt', 'Markus Lanz', 'Lanz', 'maybrit illner', 'Maybrit Illner', 'ARD',
  'Das Erste', 'tagesschau', 'Tagesschau', 'tagesschau.de', 'Tagesthemen', 'tagesthemen',
  'Bericht aus Berlin', 'Hart aber fair', 'hart aber fair', 'Maischberger', 'Caren Miosga',
  'Miosga', 'Monitor', 'Panorama', 'Report Mainz', 'Kontraste', 'Fakt', 'Plusminus', 'Weltspiegel',
  'ttt', 'Anne Will', 'Presseclub', 'Morgenmagazin', 'Moma', 'DLF', 'Dlf', 'Deutschlandfunk',
  'Deutschlandfunk Kultur', 'Dlf Kultur', 'Deutschlandfunk Nova', 'Dlf Nova', 'Deutschlandradio',
  'BR', 'BR24', 'Bayerischer Rundfunk', 'Bayern 2', 'NDR', 'NDR Info', 'Norddeutscher Rundfunk',
  'WDR', 'WDR 5', 'WDR 2', 'Westdeutscher Rundfunk', 'SWR', 'SWR2', 'SWR Aktuell',
  'Südwestrundfunk', 'MDR', 'MDR Aktuell', 'MDR Kultur', 'Mitteldeutscher Rundfunk', 'HR', 'hr',
  'hr-info', 'hr2', 'Hessischer Rundfunk', 'RBB', 'rbb', 'rbb24', 'Inforadio', 'radioeins',
  'Radio Eins', 'SR', 'Saarländischer Rundfunk', 'Radio Bremen', 'Phoenix', 'phoenix', '3sat',
  'Arte', 'ARTE', 'arte', 'Deutsche Welle', 'DW', 'KiKA', 'funk', 'Y-Kollektiv', 'STRG_F', 'RTL',
  'RTL Aktuell', 'ntv', 'n-tv', 'Sat.1', 'ProSieben', 'Welt TV', 'Welt-TV', 'Bild TV', 'Sky',
  'Sky Sport', 'DAZN', 'Sport1', 'Magenta TV', 'dpa', 'DPA', 'AFP', 'Reuters', 'AP', 'KNA', 'epd',
  'Agence France-Presse', 'Deutsche Presse-Agentur', 'Katholische Nachrichten-Agentur',
  'Evangelischer Pressedienst',
  // Austrian newspapers, magazines and broadcasters.
  'DER STANDARD', 'Der Standard', 'STANDARD', 'Standard', 'derStandard', 'derStandard.at',
  'Die Presse', 'Presse', 'DiePresse.com', 'Kurier', 'KURIER', 'Kleine Zeitung', 'Krone',
  'Kronen Zeitung', 'Krone.at', 'Salzburger Nachrichten', 'SN', 'OÖN',
  'Oberösterreichische Nachrichten', 'Tiroler Tageszeitung', 'TT', 'Vorarlberger Nachrichten', 'VN',
  'Wiener Zeitung', 'Heute', 'heute.at', 'Österreich', 'oe24', 'profil', 'Profil', 'Falter',
  'FALTER', 'News', 'NEWS', 'trend', 'Trend', 'Datum', 'DATUM', 'Wochenblick', 'exxpress',
  'eXXpress', 'Puls 24', 'PULS 24', 'ServusTV', 'Servus TV', 'ATV', 'ORF', 'ORF.at', 'ZIB', 'ZiB',
  'ZIB 2', 'ZiB 2', 'ZIB2', 'ZiB2', 'Zeit im Bild', 'Ö1', 'Ö3', 'FM4', 'Im Zentrum', 'Pressestunde',
  'APA', 'Austria Presse Agentur', 'Moment', 'Moment.at', 'Dossier', 'Addendum',
  // Swiss newspapers, magazines and broadcasters.
  'NZZ', 'Neue Zürcher Zeitung', 'NZZ am Sonntag', 'NZZaS', 'NZZ Folio', 'Tages-Anzeiger', 'Tagi',
  'TA', 'SonntagsZeitung', 'SoZ', 'Blick', 'BLICK', 'SonntagsBlick', 'Blick.ch', '20 Minuten',
  '20min', 'Watson.ch', 'watson.ch', 'Aargauer Zeitung', 'CH Media', 'Luzerner Zeitung',
  'St. Galler Tagblatt', 'Tagblatt', 'Basler Zeitung', 'BaZ', 'Berner Zeitung', 'Der Bund', 'Bund',
  'Schweiz am Wochenende', 'Weltwoche', 'Die Weltwoche', 'WOZ', 'Die Wochenzeitung', 'Republik',
  'Das Magazin', 'Beobachter', 'Schweizer Illustrierte', 'Handelszeitung', 'Finanz und Wirtschaft',
  'FuW', 'Bilanz', 'Cash', 'cash.ch', 'Nebelspalter', 'Zentralplus', 'Bajour', 'Tsri', 'Hauptstadt',
  'SRF', 'SRF News', 'SRF 1', 'Radio SRF', 'Tagesschau SRF', '10 vor 10', 'Rundschau',
  'Echo der Zeit', 'Arena', 'Club', 'Tagesgespräch', 'SRG', 'RTS', 'RSI', 'Keystone-SDA', 'SDA',
  'TeleZüri', 'Tele Züri', 'Le Temps', 'Tribune de Genève', '24 heures',
  // International outlets quoted in German-language transcripts.
  'New York Times', 'NYT', 'The New York Times', 'Washington Post', 'The Washington Post',
  'Wall Street Journal', 'WSJ', 'Guardian', 'The Guardian', 'Observer', 'The Times', 'Times',
  'Sunday Times', 'Financial Times', 'FT', 'The Economist', 'Economist', 'Telegraph',
  'The Telegraph', 'Independent', 'BBC', 'CNN', 'Fox News', 'MSNBC', 'NBC', 'CBS', 'ABC', 'NPR',
  'PBS', 'Bloomberg', 'Axios', 'The Atlantic', 'Atlantic', 'New Yorker', 'The New Yorker', 'Time',
  'TIME', 'Newsweek', 'Foreign Affairs', 'Foreign Policy', 'Le Monde', 'Libération', 'Le Figaro',
  'Le Point', "L'Express", "L'Obs", 'Mediapart', 'France 24', 'France Inter', 'El País', 'El Mundo',
  'La Vanguardia', 'La Repubblica', 'Repubblica', 'Corriere della Sera', 'Corriere', 'La Stampa',
  'Il Foglio', 'Gazeta Wyborcza', 'Rzeczpospolita', 'Respekt', 'Népszava', 'Haaretz',
  'Times of Israel', 'Jerusalem Post', 'Al Jazeera', 'Al-Dschasira', 'Kyiv Independent',
  'Kyiv Post', 'Ukrainska Pravda', 'Meduza', 'Nowaja Gaseta', 'Novaya Gazeta', 'Doschd', 'Dozhd',
  'TV Rain', 'Hürriyet', 'Cumhuriyet', 'Sabah', 'South China Morning Post', 'SCMP', 'Global Times',
  'Asahi Shimbun', 'Nikkei', 'NRC', 'de Volkskrant', 'Volkskrant', 'De Standaard', 'Dagens Nyheter',
  'Aftenposten', 'Helsingin Sanomat', 'Politiken',
  // Generic labels for the interviewer's turns in a transcript.
  'Frage', 'F', 'Interviewer', 'Interviewerin', 'Moderator', 'Moderatorin', 'Moderation',
  'Redaktion', 'Red.', 'Reporter', 'Reporterin', 'Journalist', 'Journalistin', 'Gastgeber',
  'Gastgeberin', 'Q'
])

/** Lower-case names that are also everyday words (`konkret`). */
export const lowerCaseWords: ReadonlySet<string> = new Set(['konkret', 'stern'])

/**
 * Known names of bodies and outlets written in lower case (`taz`, `ver.di`,
 * `dpa`): a noun phrase may have them as its head.
 */
export const lowerCaseOrganisations: ReadonlySet<string> = new Set(
  [...knownOrganisations, ...outlets].filter(
    (name) => !name.includes(' ') && name.charAt(0) !== name.charAt(0).toUpperCase() && !lowerCaseWords.has(name)
  )
)


/**
 * Known names of several words with a lower-case word inside (`Ärzte ohne
 * Grenzen`), by their first word: the words that follow it.
 */
export const joinedOrganisations: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = (() => {
  const map = new Map<string, string[][]>()
  for (const name of knownOrganisations) {
    const words = name.split(' ')
    if (words.length < 3 || !words.some((word) => word.charAt(0) !== word.charAt(0).toUpperCase())) continue
    const list = map.get(words[0]) ?? []
    list.push(words.slice(1))
    map.set(words[0], list)
  }

  return map
})()
