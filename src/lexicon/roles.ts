/**
 * Words that describe a person by role, office or occupation, and the small
 * words that stand before or inside a person's name: honorifics and name
 * particles.
 *
 * Curated by the zitat authors from their own knowledge of German news
 * prose: the roles, offices and occupations under which reporters introduce
 * the people they quote.
 *
 * @module
 */

/**
 * Lower-case noun endings that make a word a role, office or occupation when
 * they end it, alone or as the last part of a compound: `minister` makes
 * `Verteidigungsminister` and `Minister`, `chef` makes `Nato-Chef`,
 * `sprecher` makes `Konzernsprecher`.
 *
 * Curated by the zitat authors. Both the masculine form and the feminine
 * form in `-in` are listed, and nominalised adjectives both in `-e`
 * (`Vorsitzende`) and in `-er` (`Vorsitzender`). Plurals are listed under
 * their own heading where they differ from the singular (`experten`,
 * `ärzte`, `kräfte`); those of heads in `-er` equal the singular. A few
 * frequent compounds are listed although a shorter head covers them
 * (`regierungschef`, `premierministerin`, `augenzeuge`).
 *
 * Left out: feminine plurals in `-innen` and the gender-inclusive spellings
 * (`Expert*innen`, `ExpertInnen`, `Expert:innen`), which a consumer can
 * reduce to a feminine head by dropping `nen` and the mark; bare `mann`, which
 * ends many surnames (`Neumann`, `Hofmann`), so only its role compounds are
 * listed (`obmann`, `kaufmann`, `feuerwehrmann`); `rat`, which ends both
 * bodies and their members (`Stadtrat`, `Betriebsrat`, the Swiss
 * `Bundesrat`) and is an organisation head; `graf`, which ends `Paragraf`
 * and `Telegraf`; `zeuge`, which ends `Fahrzeuge` and `Flugzeuge`; and
 * `kunde`, which ends `Urkunde`.
 *
 * ###### Notes
 *
 * A head is only evidence at a compound seam: the consumer should check
 * given names first and accept a head that is the whole word, follows a
 * hyphen, or leaves a prefix of a few letters. Some heads also end given
 * names (`fan` in `Stefan`, `zar` in `Nizar`, `sultan` in `Nursultan`) or
 * words that are not people (`leiter` in `Halbleiter`, `sprecher` in
 * `Lautsprecher`, `hörer` in `Kopfhörer`, `anhänger` for a trailer,
 * `tochter` in `Konzerntochter`, a subsidiary), and many German
 * surnames are role words (`Richter`, `König`, `Kaiser`, `Koch`, `Bauer`,
 * `Fischer`): a given name before such a word makes it a name.
 */
export const roleHeads: readonly string[] = [
  // Government and heads of state: `Verteidigungsminister`, `Ministerpräsidentin`, `Vizekanzler`.
  'minister', 'ministerin', 'premier', 'premierin', 'premierminister', 'premierministerin',
  'kanzler', 'kanzlerin', 'präsident', 'präsidentin', 'regierungschef', 'regierungschefin',
  'staatschef', 'staatschefin', 'staatsoberhaupt', 'sekretär', 'sekretärin', 'bürgermeister',
  'bürgermeisterin', 'landrat', 'landrätin', 'rätin', 'senator', 'senatorin', 'gouverneur',
  // Swiss and Austrian members named by their chamber (`der Tessiner Ständerat`).
  'ständerat', 'ständerätin', 'nationalrat', 'nationalrätin', 'stadtrat', 'stadträtin',
  'regierungsrat', 'regierungsrätin', 'gemeinderat', 'gemeinderätin', 'kantonsrat', 'kantonsrätin',
  'kämmerer', 'kämmerin',
  'gouverneurin', 'präfekt', 'präfektin', 'statthalter', 'statthalterin', 'regent', 'regentin',
  'monarch', 'monarchin', 'könig', 'königin', 'kaiser', 'kaiserin', 'prinz', 'prinzessin', 'fürst',
  'fürstin', 'herzog', 'herzogin', 'gräfin', 'emir', 'scheich', 'sultan', 'zar', 'kalif',
  'ajatollah', 'ayatollah', 'diktator', 'diktatorin', 'machthaber', 'machthaberin', 'herrscher',
  'herrscherin', 'führer', 'führerin', 'obmann', 'obfrau', 'hauptmann', 'hauptfrau', 'oberhaupt',
  // Parliaments and parties: `Bundestagsabgeordnete`, `Fraktionsvorsitzender`, `Parteichefin`.
  'abgeordnete', 'abgeordneter', 'parlamentarier', 'parlamentarierin', 'mandatar', 'mandatarin',
  'verordnete', 'verordneter', 'ratsherr', 'ratsfrau', 'vorsitzende', 'vorsitzender', 'chef',
  'chefin', 'politiker', 'politikerin', 'kandidat', 'kandidatin', 'bewerber', 'bewerberin',
  'herausforderer', 'herausforderin', 'amtsinhaber', 'amtsinhaberin', 'nachfolger', 'nachfolgerin',
  'vorgänger', 'vorgängerin', 'mitglied', 'genosse', 'genossin', 'anhänger', 'anhängerin',
  'unterstützer', 'unterstützerin', 'gegner', 'gegnerin', 'befürworter', 'befürworterin', 'wähler',
  'wählerin', 'delegierte', 'delegierter', 'fraktionär', 'lobbyist', 'lobbyistin', 'stratege',
  'strategin',
  // Speakers, representatives and envoys: `Regierungssprecher`, `UN-Gesandter`.
  'sprecher', 'sprecherin', 'wortführer', 'wortführerin', 'vertreter', 'vertreterin',
  'repräsentant', 'repräsentantin', 'beauftragte', 'beauftragter', 'kommissar', 'kommissarin',
  'koordinator', 'koordinatorin', 'botschafter', 'botschafterin', 'diplomat', 'diplomatin',
  'gesandte', 'gesandter', 'konsul', 'konsulin', 'emissär', 'emissärin', 'unterhändler',
  'unterhändlerin', 'vermittler', 'vermittlerin', 'verhandler', 'verhandlerin', 'mediator',
  'mediatorin', 'beobachter', 'beobachterin', 'berater', 'beraterin', 'referent', 'referentin',
  'assistent', 'assistentin', 'mitarbeiter', 'mitarbeiterin',
  // Business and administration: `Konzernchef`, `Vorstandsvorsitzende`, `Geschäftsführerin`.
  'ceo', 'cfo', 'cto', 'coo', 'organisator', 'organisatorin', 'initiator', 'initiatorin', 'mitbegründer',
  'mitbegründerin',
  'leiter', 'leiterin', 'direktor', 'direktorin', 'vorstand', 'vorständin', 'manager', 'managerin',
  'geschäftsführer', 'geschäftsführerin', 'gründer', 'gründerin', 'unternehmer', 'unternehmerin',
  'investor', 'investorin', 'inhaber', 'inhaberin', 'eigentümer', 'eigentümerin', 'besitzer',
  'besitzerin', 'gesellschafter', 'gesellschafterin', 'aktionär', 'aktionärin', 'anleger',
  'anlegerin', 'händler', 'händlerin', 'makler', 'maklerin', 'banker', 'bankerin', 'bankier',
  'kaufmann', 'kauffrau', 'geschäftsmann', 'geschäftsfrau', 'verkäufer', 'verkäuferin',
  'angestellte', 'angestellter', 'arbeiter', 'arbeiterin', 'arbeitnehmer', 'arbeitnehmerin',
  'arbeitgeber', 'arbeitgeberin', 'beschäftigte', 'beschäftigter', 'kollege', 'kollegin',
  'verwalter', 'verwalterin', 'buchhalter', 'buchhalterin', 'prüfer', 'prüferin', 'gutachter',
  'gutachterin', 'sachverständige', 'sachverständiger', 'beamte', 'beamter', 'beamtin',
  'funktionär', 'funktionärin', 'gewerkschafter', 'gewerkschafterin', 'personaler', 'personalerin',
  'erbin',
  // Experts and scholars: `Klimaforscherin`, `Chefvolkswirt`, `Nahostexperte`.
  'experte', 'expertin', 'fachmann', 'fachfrau', 'spezialist', 'spezialistin', 'kenner', 'kennerin',
  'analyst', 'analystin', 'ökonom', 'ökonomin', 'volkswirt', 'volkswirtin', 'forscher',
  'forscherin', 'wissenschaftler', 'wissenschaftlerin', 'professor', 'professorin', 'dozent',
  'dozentin', 'doktorand', 'doktorandin', 'historiker', 'historikerin', 'philosoph', 'philosophin',
  'soziologe', 'soziologin', 'psychologe', 'psychologin', 'politologe', 'politologin', 'theologe',
  'theologin', 'jurist', 'juristin', 'ethiker', 'ethikerin', 'pädagoge', 'pädagogin', 'linguist',
  'linguistin', 'germanist', 'germanistin', 'virologe', 'virologin', 'epidemiologe',
  'epidemiologin', 'mediziner', 'medizinerin', 'biologe', 'biologin', 'chemiker', 'chemikerin',
  'physiker', 'physikerin', 'mathematiker', 'mathematikerin', 'informatiker', 'informatikerin',
  'ingenieur', 'ingenieurin', 'techniker', 'technikerin', 'meteorologe', 'meteorologin', 'geologe',
  'geologin', 'seismologe', 'seismologin', 'vulkanologe', 'vulkanologin', 'archäologe',
  'archäologin', 'astronom', 'astronomin', 'astronaut', 'astronautin', 'ökologe', 'ökologin',
  'demograf', 'demografin', 'demograph', 'demographin', 'statistiker', 'statistikerin', 'architekt',
  'architektin', 'insider', 'insiderin', 'vertraute', 'vertrauter', 'weggefährte', 'weggefährtin',
  // Justice and police: `Oberstaatsanwalt`, `Bundesrichterin`, `Polizeisprecher`.
  'richter', 'richterin', 'staatsanwalt', 'staatsanwältin', 'anwalt', 'anwältin', 'verteidiger',
  'verteidigerin', 'notar', 'notarin', 'justiziar', 'justiziarin', 'ombudsmann', 'ombudsfrau',
  'schlichter', 'schlichterin', 'kläger', 'klägerin', 'beklagte', 'beklagter', 'angeklagte',
  'angeklagter', 'beschuldigte', 'beschuldigter', 'verdächtige', 'verdächtiger', 'täter', 'täterin',
  'kronzeuge', 'kronzeugin', 'zeitzeuge', 'zeitzeugin', 'tatzeuge', 'tatzeugin', 'zeugin',
  'augenzeuge', 'augenzeugin', 'polizist', 'polizistin', 'ermittler', 'ermittlerin', 'fahnder',
  'fahnderin', 'kriminalist', 'kriminalistin', 'inspektor', 'inspektorin', 'detektiv', 'detektivin',
  'wachmann', 'wächter', 'wächterin', 'aufseher', 'aufseherin', 'personenschützer',
  'personenschützerin', 'agent', 'agentin', 'spion', 'spionin', 'häftling', 'gefangene',
  'gefangener', 'insasse', 'insassin',
  // Armed forces and armed groups: `Generalleutnant`, `Bundeswehrsoldatin`, `Hamas-Kämpfer`.
  'soldat', 'soldatin', 'offizier', 'offizierin', 'general', 'generalin', 'admiral', 'admiralin',
  'leutnant', 'leutnantin', 'oberst', 'oberstin', 'major', 'majorin', 'feldwebel', 'feldwebelin',
  'kommandeur', 'kommandeurin', 'kommandant', 'kommandantin', 'befehlshaber', 'befehlshaberin',
  'inspekteur', 'inspekteurin', 'kämpfer', 'kämpferin', 'krieger', 'kriegerin', 'rekrut',
  'rekrutin', 'reservist', 'reservistin', 'veteran', 'veteranin', 'söldner', 'söldnerin',
  'milizionär', 'rebell', 'rebellin', 'aufständische', 'aufständischer', 'terrorist', 'terroristin',
  'islamist', 'islamistin', 'dschihadist', 'dschihadistin', 'extremist', 'extremistin',
  'attentäter', 'attentäterin', 'angreifer', 'angreiferin', 'schütze', 'schützin', 'entführer',
  'entführerin', 'geisel',
  // Religion: `Erzbischof`, `Landesbischöfin`, `Gemeindepfarrer`.
  'papst', 'bischof', 'bischöfin', 'kardinal', 'pfarrer', 'pfarrerin', 'pastor', 'pastorin',
  'priester', 'priesterin', 'mönch', 'nonne', 'imam', 'imamin', 'rabbiner', 'rabbinerin', 'rabbi',
  'prediger', 'predigerin', 'seelsorger', 'seelsorgerin', 'dekan', 'dekanin', 'präses',
  'superintendent', 'superintendentin', 'mufti', 'patriarch', 'metropolit', 'abt', 'äbtissin',
  'diakon', 'diakonin', 'kaplan', 'vikar', 'vikarin', 'geistliche', 'geistlicher',
  // Media, culture and entertainment: `Chefredakteurin`, `Auslandskorrespondent`, `Filmregisseur`.
  'journalist', 'journalistin', 'reporter', 'reporterin', 'interviewer', 'interviewerin', 'korrespondent', 'korrespondentin',
  'redakteur', 'redakteurin', 'moderator', 'moderatorin', 'kommentator', 'kommentatorin',
  'kolumnist', 'kolumnistin', 'autor', 'autorin', 'herausgeber', 'herausgeberin', 'verleger',
  'verlegerin', 'publizist', 'publizistin', 'kritiker', 'kritikerin', 'blogger', 'bloggerin',
  'influencer', 'influencerin', 'youtuber', 'youtuberin', 'podcaster', 'podcasterin', 'fotograf',
  'fotografin', 'kameramann', 'kamerafrau', 'schriftsteller', 'schriftstellerin', 'dichter',
  'dichterin', 'lyriker', 'lyrikerin', 'künstler', 'künstlerin', 'musiker', 'musikerin', 'sänger',
  'sängerin', 'rapper', 'rapperin', 'komponist', 'komponistin', 'dirigent', 'dirigentin', 'pianist',
  'pianistin', 'schauspieler', 'schauspielerin', 'regisseur', 'regisseurin', 'produzent',
  'produzentin', 'tänzer', 'tänzerin', 'kabarettist', 'kabarettistin', 'komiker', 'komikerin',
  'satiriker', 'satirikerin', 'designer', 'designerin', 'star',
  // Sport: `Bundestrainer`, `Nationalspielerin`, `Olympiasieger`.
  'trainer', 'trainerin', 'coach', 'spieler', 'spielerin', 'fußballer', 'fußballerin', 'kapitän',
  'kapitänin', 'torhüter', 'torhüterin', 'torwart', 'stürmer', 'stürmerin', 'sportler',
  'sportlerin', 'athlet', 'athletin', 'läufer', 'läuferin', 'schwimmer', 'schwimmerin', 'fahrer',
  'fahrerin', 'springer', 'springerin', 'turner', 'turnerin', 'boxer', 'boxerin', 'ringer',
  'ringerin', 'segler', 'seglerin', 'ruderer', 'ruderin', 'reiter', 'reiterin', 'olympionike',
  'olympionikin', 'meister', 'meisterin', 'sieger', 'siegerin', 'gewinner', 'gewinnerin',
  'verlierer', 'verliererin', 'profi', 'legionär', 'fan',
  // Health and rescue: `Chefärztin`, `Notfallsanitäter`, `Feuerwehrmann`.
  'arzt', 'ärztin', 'chirurg', 'chirurgin', 'psychiater', 'psychiaterin', 'therapeut',
  'therapeutin', 'apotheker', 'apothekerin', 'pfleger', 'pflegerin', 'krankenschwester', 'hebamme',
  'sanitäter', 'sanitäterin', 'retter', 'retterin', 'helfer', 'helferin', 'feuerwehrmann',
  'feuerwehrfrau', 'patient', 'patientin', 'infizierte', 'infizierter', 'erkrankte', 'erkrankter',
  'verletzte', 'verletzter',
  // Education, work and trades: `Grundschullehrerin`, `Landwirt`, `Busfahrerin`.
  'lehrer', 'lehrerin', 'erzieher', 'erzieherin', 'schüler', 'schülerin', 'student', 'studentin',
  'azubi', 'auszubildende', 'auszubildender', 'lehrling', 'landwirt', 'landwirtin', 'bauer',
  'bäuerin', 'winzer', 'winzerin', 'fischer', 'fischerin', 'handwerker', 'handwerkerin', 'bäcker',
  'bäckerin', 'metzger', 'metzgerin', 'koch', 'köchin', 'wirt', 'wirtin', 'gastronom',
  'gastronomin', 'friseur', 'friseurin', 'mechaniker', 'mechanikerin', 'elektriker', 'elektrikerin',
  'pilot', 'pilotin', 'seemann', 'rentner', 'rentnerin', 'pensionär', 'pensionärin',
  // Residents, bystanders and those affected: `Anwohnerin`, `Kriegsflüchtling`, `Erdbebenopfer`.
  'bewohner', 'bewohnerin', 'anwohner', 'anwohnerin', 'einwohner', 'einwohnerin', 'nachbar',
  'nachbarin', 'bürger', 'bürgerin', 'passant', 'passantin', 'besucher', 'besucherin', 'zuschauer',
  'zuschauerin', 'teilnehmer', 'teilnehmerin', 'nutzer', 'nutzerin', 'leser', 'leserin', 'hörer',
  'hörerin', 'kundin', 'verbraucher', 'verbraucherin', 'mieter', 'mieterin', 'vermieter',
  'vermieterin', 'sparer', 'sparerin', 'steuerzahler', 'steuerzahlerin', 'pendler', 'pendlerin',
  'reisende', 'reisender', 'urlauber', 'urlauberin', 'tourist', 'touristin', 'gast', 'flüchtling',
  'geflüchtete', 'geflüchteter', 'migrant', 'migrantin', 'einwanderer', 'einwanderin',
  'vertriebene', 'vertriebener', 'überlebende', 'überlebender', 'angehörige', 'angehöriger',
  'hinterbliebene', 'hinterbliebener', 'betroffene', 'betroffener', 'geschädigte', 'geschädigter',
  'opfer', 'demonstrant', 'demonstrantin', 'aktivist', 'aktivistin', 'freiwillige', 'freiwilliger',
  'ehrenamtliche', 'ehrenamtlicher',
  // Family and acquaintance: `Großmutter`, `Unternehmertochter`, `Ehemann`.
  'mutter', 'vater', 'sohn', 'tochter', 'bruder', 'schwester', 'ehefrau', 'ehemann', 'witwe',
  'witwer', 'freund', 'freundin', 'bekannte', 'bekannter', 'verwandte', 'verwandter', 'enkel',
  'enkelin', 'onkel', 'tante', 'cousin', 'cousine',
  // Plurals that differ from the singular: `Experten`, `Sicherheitskräfte`, `Ärzte`.
  'präsidenten', 'kandidaten', 'abgeordneten', 'vorsitzenden', 'experten', 'ökonomen', 'analysten',
  'journalisten', 'korrespondenten', 'aktivisten', 'diplomaten', 'soldaten', 'offiziere',
  'generäle', 'demonstranten', 'polizisten', 'anwälte', 'ärzte', 'studenten', 'angestellten',
  'beschäftigten', 'beamten', 'mitglieder', 'augenzeugen', 'zeitzeugen', 'angehörigen',
  'betroffenen', 'überlebenden', 'verletzten', 'flüchtlinge', 'geflüchteten', 'migranten',
  'touristen', 'fans', 'profis', 'stars', 'leute', 'kräfte', 'eltern', 'geschwister', 'soziologen',
  'psychologen', 'politologen', 'virologen', 'theologen', 'islamisten', 'extremisten',
  'terroristen', 'rebellen', 'aufständischen', 'geiseln', 'patienten', 'kollegen', 'investoren',
  'aktionäre', 'landwirte', 'bauern', 'delegierten', 'gesandten'
]

/**
 * Heads from {@link roleHeads} that name a woman: feminine forms in `-in`
 * and feminine nouns such as `frau`, `mutter`, `nonne`, `hebamme`.
 *
 * Curated by the zitat authors. Left out are heads that do not show the
 * sex: nominalised adjectives in `-e` (`vorsitzende`, `abgeordnete`, which
 * are feminine, masculine after `der` or plural), nouns used for either sex
 * (`mitglied`, `opfer`, `gast`, `fan`, `star`, `geisel`, `flüchtling`) and
 * plurals.
 */
export const femaleRoleHeads: ReadonlySet<string> = new Set([
  // Government and heads of state.
  'ministerin', 'premierin', 'premierministerin', 'kanzlerin', 'präsidentin', 'regierungschefin',
  'staatschefin', 'sekretärin', 'bürgermeisterin', 'landrätin', 'rätin', 'senatorin', 'kämmerin',
  'gouverneurin', 'präfektin', 'statthalterin', 'regentin', 'monarchin', 'königin', 'kaiserin',
  'prinzessin', 'fürstin', 'herzogin', 'gräfin', 'diktatorin', 'machthaberin', 'herrscherin',
  'führerin', 'obfrau', 'hauptfrau',
  // Parliaments and parties.
  'parlamentarierin', 'mandatarin', 'ratsfrau', 'chefin', 'politikerin', 'kandidatin', 'bewerberin',
  'herausforderin', 'amtsinhaberin', 'nachfolgerin', 'vorgängerin', 'genossin', 'anhängerin',
  'unterstützerin', 'gegnerin', 'befürworterin', 'wählerin', 'lobbyistin', 'strategin',
  // Speakers, representatives and envoys.
  'sprecherin', 'wortführerin', 'vertreterin', 'repräsentantin', 'kommissarin', 'koordinatorin',
  'botschafterin', 'diplomatin', 'konsulin', 'emissärin', 'unterhändlerin', 'vermittlerin',
  'verhandlerin', 'mediatorin', 'beobachterin', 'beraterin', 'referentin', 'assistentin',
  'mitarbeiterin',
  // Business and administration.
  'leiterin', 'direktorin', 'vorständin', 'managerin', 'geschäftsführerin', 'gründerin',
  'unternehmerin', 'investorin', 'inhaberin', 'eigentümerin', 'besitzerin', 'gesellschafterin',
  'aktionärin', 'anlegerin', 'händlerin', 'maklerin', 'bankerin', 'kauffrau', 'geschäftsfrau',
  'verkäuferin', 'arbeiterin', 'arbeitnehmerin', 'arbeitgeberin', 'kollegin', 'verwalterin',
  'buchhalterin', 'prüferin', 'gutachterin', 'beamtin', 'funktionärin', 'gewerkschafterin',
  'personalerin', 'erbin',
  // Experts and scholars.
  'expertin', 'fachfrau', 'spezialistin', 'kennerin', 'analystin', 'ökonomin', 'volkswirtin',
  'forscherin', 'wissenschaftlerin', 'professorin', 'dozentin', 'doktorandin', 'historikerin',
  'philosophin', 'soziologin', 'psychologin', 'politologin', 'theologin', 'juristin', 'ethikerin',
  'pädagogin', 'linguistin', 'germanistin', 'virologin', 'epidemiologin', 'medizinerin', 'biologin',
  'chemikerin', 'physikerin', 'mathematikerin', 'informatikerin', 'ingenieurin', 'technikerin',
  'meteorologin', 'geologin', 'seismologin', 'vulkanologin', 'archäologin', 'astronomin',
  'astronautin', 'ökologin', 'demografin', 'demographin', 'statistikerin', 'architektin',
  'insiderin', 'weggefährtin',
  // Justice and police.
  'richterin', 'staatsanwältin', 'anwältin', 'verteidigerin', 'notarin', 'justiziarin',
  'ombudsfrau', 'schlichterin', 'klägerin', 'täterin', 'kronzeugin', 'zeitzeugin', 'tatzeugin',
  'zeugin', 'augenzeugin', 'polizistin', 'ermittlerin', 'fahnderin', 'kriminalistin', 'inspektorin',
  'detektivin', 'wächterin', 'aufseherin', 'personenschützerin', 'agentin', 'spionin', 'insassin',
  // Armed forces and armed groups.
  'soldatin', 'offizierin', 'generalin', 'admiralin', 'leutnantin', 'oberstin', 'majorin',
  'feldwebelin', 'kommandeurin', 'kommandantin', 'befehlshaberin', 'inspekteurin', 'kämpferin',
  'kriegerin', 'rekrutin', 'reservistin', 'veteranin', 'söldnerin', 'rebellin', 'terroristin',
  'islamistin', 'dschihadistin', 'extremistin', 'attentäterin', 'angreiferin', 'schützin',
  'entführerin',
  // Religion.
  'bischöfin', 'pfarrerin', 'pastorin', 'priesterin', 'nonne', 'imamin', 'rabbinerin', 'predigerin',
  'seelsorgerin', 'dekanin', 'superintendentin', 'äbtissin', 'diakonin', 'vikarin',
  // Media, culture and entertainment.
  'journalistin', 'reporterin', 'interviewerin', 'korrespondentin', 'redakteurin', 'moderatorin', 'kommentatorin',
  'kolumnistin', 'autorin', 'herausgeberin', 'verlegerin', 'publizistin', 'kritikerin', 'bloggerin',
  'influencerin', 'youtuberin', 'podcasterin', 'fotografin', 'kamerafrau', 'schriftstellerin',
  'dichterin', 'lyrikerin', 'künstlerin', 'musikerin', 'sängerin', 'rapperin', 'komponistin',
  'dirigentin', 'pianistin', 'schauspielerin', 'regisseurin', 'produzentin', 'tänzerin',
  'kabarettistin', 'komikerin', 'satirikerin', 'designerin',
  // Sport.
  'trainerin', 'spielerin', 'fußballerin', 'kapitänin', 'torhüterin', 'stürmerin', 'sportlerin',
  'athletin', 'läuferin', 'schwimmerin', 'fahrerin', 'springerin', 'turnerin', 'boxerin',
  'ringerin', 'seglerin', 'ruderin', 'reiterin', 'olympionikin', 'meisterin', 'siegerin',
  'gewinnerin', 'verliererin',
  // Health and rescue.
  'ärztin', 'chirurgin', 'psychiaterin', 'therapeutin', 'apothekerin', 'pflegerin',
  'krankenschwester', 'hebamme', 'sanitäterin', 'retterin', 'helferin', 'feuerwehrfrau',
  'patientin',
  // Education, work and trades.
  'lehrerin', 'erzieherin', 'schülerin', 'studentin', 'landwirtin', 'bäuerin', 'winzerin',
  'fischerin', 'handwerkerin', 'bäckerin', 'metzgerin', 'köchin', 'wirtin', 'gastronomin',
  'friseurin', 'mechanikerin', 'elektrikerin', 'pilotin', 'rentnerin', 'pensionärin',
  // Residents, bystanders and those affected.
  'bewohnerin', 'anwohnerin', 'einwohnerin', 'nachbarin', 'bürgerin', 'passantin', 'besucherin',
  'zuschauerin', 'teilnehmerin', 'nutzerin', 'leserin', 'hörerin', 'kundin', 'verbraucherin',
  'mieterin', 'vermieterin', 'sparerin', 'steuerzahlerin', 'pendlerin', 'urlauberin', 'touristin',
  'migrantin', 'einwanderin', 'demonstrantin', 'aktivistin',
  // Family and acquaintance.
  'mutter', 'tochter', 'schwester', 'ehefrau', 'witwe', 'freundin', 'enkelin', 'tante', 'cousine'
])

/**
 * Heads from {@link roleHeads} that name a man: masculine forms, including
 * nominalised adjectives in `-er` (`vorsitzender`) and weak nouns in `-e`
 * (`experte`, `kollege`).
 *
 * Curated by the zitat authors. Left out are the same heads as in
 * {@link femaleRoleHeads}: those that do not show the sex, and plurals.
 *
 * ###### Notes
 *
 * German uses masculine role nouns generically, for women and mixed groups
 * too (`Experten`, `die Grünen-Politiker`), so a masculine head is weak
 * evidence for a man; a feminine head is strong evidence for a woman.
 */
export const maleRoleHeads: ReadonlySet<string> = new Set([
  // Government and heads of state.
  'minister', 'premier', 'premierminister', 'kanzler', 'präsident', 'regierungschef', 'staatschef',
  'sekretär', 'bürgermeister', 'landrat', 'senator', 'gouverneur', 'präfekt', 'statthalter',
  'regent', 'monarch', 'könig', 'kaiser', 'prinz', 'fürst', 'herzog', 'emir', 'scheich', 'sultan',
  'zar', 'kalif', 'ajatollah', 'ayatollah', 'diktator', 'machthaber', 'herrscher', 'führer',
  'obmann', 'hauptmann',
  // Parliaments and parties.
  'abgeordneter', 'parlamentarier', 'mandatar', 'verordneter', 'ratsherr', 'vorsitzender', 'chef',
  'politiker', 'kandidat', 'bewerber', 'herausforderer', 'amtsinhaber', 'nachfolger', 'vorgänger',
  'genosse', 'anhänger', 'unterstützer', 'gegner', 'befürworter', 'wähler', 'delegierter',
  'fraktionär', 'lobbyist', 'stratege',
  // Speakers, representatives and envoys.
  'sprecher', 'wortführer', 'vertreter', 'repräsentant', 'beauftragter', 'kommissar', 'koordinator',
  'botschafter', 'diplomat', 'gesandter', 'konsul', 'emissär', 'unterhändler', 'vermittler',
  'verhandler', 'mediator', 'beobachter', 'berater', 'referent', 'assistent', 'mitarbeiter',
  // Business and administration.
  'leiter', 'direktor', 'manager', 'geschäftsführer', 'gründer', 'unternehmer', 'investor',
  'inhaber', 'eigentümer', 'besitzer', 'gesellschafter', 'aktionär', 'anleger', 'händler', 'makler',
  'banker', 'bankier', 'kaufmann', 'geschäftsmann', 'verkäufer', 'angestellter', 'arbeiter',
  'arbeitnehmer', 'arbeitgeber', 'beschäftigter', 'kollege', 'verwalter', 'buchhalter', 'prüfer',
  'gutachter', 'sachverständiger', 'beamter', 'funktionär', 'gewerkschafter', 'personaler',
  // Experts and scholars.
  'experte', 'fachmann', 'spezialist', 'kenner', 'analyst', 'ökonom', 'volkswirt', 'forscher',
  'wissenschaftler', 'professor', 'dozent', 'doktorand', 'historiker', 'philosoph', 'soziologe',
  'psychologe', 'politologe', 'theologe', 'jurist', 'ethiker', 'pädagoge', 'linguist', 'germanist',
  'virologe', 'epidemiologe', 'mediziner', 'biologe', 'chemiker', 'physiker', 'mathematiker',
  'informatiker', 'ingenieur', 'techniker', 'meteorologe', 'geologe', 'seismologe', 'vulkanologe',
  'archäologe', 'astronom', 'astronaut', 'ökologe', 'demograf', 'demograph', 'statistiker',
  'architekt', 'insider', 'vertrauter', 'weggefährte',
  // Justice and police.
  'richter', 'staatsanwalt', 'anwalt', 'verteidiger', 'notar', 'justiziar', 'ombudsmann',
  'schlichter', 'kläger', 'beklagter', 'angeklagter', 'beschuldigter', 'verdächtiger', 'täter',
  'kronzeuge', 'zeitzeuge', 'tatzeuge', 'augenzeuge', 'polizist', 'ermittler', 'fahnder',
  'kriminalist', 'inspektor', 'detektiv', 'wachmann', 'wächter', 'aufseher', 'personenschützer',
  'agent', 'spion', 'gefangener', 'insasse',
  // Armed forces and armed groups.
  'soldat', 'offizier', 'general', 'admiral', 'leutnant', 'oberst', 'major', 'feldwebel',
  'kommandeur', 'kommandant', 'befehlshaber', 'inspekteur', 'kämpfer', 'krieger', 'rekrut',
  'reservist', 'veteran', 'söldner', 'milizionär', 'rebell', 'aufständischer', 'terrorist',
  'islamist', 'dschihadist', 'extremist', 'attentäter', 'angreifer', 'schütze', 'entführer',
  // Religion.
  'papst', 'bischof', 'kardinal', 'pfarrer', 'pastor', 'priester', 'mönch', 'imam', 'rabbiner',
  'rabbi', 'prediger', 'seelsorger', 'dekan', 'superintendent', 'mufti', 'patriarch', 'metropolit',
  'abt', 'diakon', 'kaplan', 'vikar', 'geistlicher',
  // Media, culture and entertainment.
  'journalist', 'reporter', 'interviewer', 'korrespondent', 'redakteur', 'moderator', 'kommentator', 'kolumnist',
  'autor', 'herausgeber', 'verleger', 'publizist', 'kritiker', 'blogger', 'influencer', 'youtuber',
  'podcaster', 'fotograf', 'kameramann', 'schriftsteller', 'dichter', 'lyriker', 'künstler',
  'musiker', 'sänger', 'rapper', 'komponist', 'dirigent', 'pianist', 'schauspieler', 'regisseur',
  'produzent', 'tänzer', 'kabarettist', 'komiker', 'satiriker', 'designer',
  // Sport.
  'trainer', 'spieler', 'fußballer', 'kapitän', 'torhüter', 'torwart', 'stürmer', 'sportler',
  'athlet', 'läufer', 'schwimmer', 'fahrer', 'springer', 'turner', 'boxer', 'ringer', 'segler',
  'ruderer', 'reiter', 'olympionike', 'meister', 'sieger', 'gewinner', 'verlierer', 'legionär',
  // Health and rescue.
  'arzt', 'chirurg', 'psychiater', 'therapeut', 'apotheker', 'pfleger', 'sanitäter', 'retter',
  'helfer', 'feuerwehrmann', 'patient', 'infizierter', 'erkrankter', 'verletzter',
  // Education, work and trades.
  'lehrer', 'erzieher', 'schüler', 'student', 'auszubildender', 'landwirt', 'bauer', 'winzer',
  'fischer', 'handwerker', 'bäcker', 'metzger', 'koch', 'wirt', 'gastronom', 'friseur',
  'mechaniker', 'elektriker', 'pilot', 'seemann', 'rentner', 'pensionär',
  // Residents, bystanders and those affected.
  'bewohner', 'anwohner', 'einwohner', 'nachbar', 'bürger', 'passant', 'besucher', 'zuschauer',
  'teilnehmer', 'nutzer', 'leser', 'hörer', 'verbraucher', 'mieter', 'vermieter', 'sparer',
  'steuerzahler', 'pendler', 'reisender', 'urlauber', 'tourist', 'geflüchteter', 'migrant',
  'einwanderer', 'vertriebener', 'überlebender', 'angehöriger', 'hinterbliebener', 'betroffener',
  'geschädigter', 'demonstrant', 'aktivist', 'freiwilliger', 'ehrenamtlicher',
  // Family and acquaintance.
  'vater', 'sohn', 'bruder', 'ehemann', 'witwer', 'freund', 'bekannter', 'verwandter', 'enkel',
  'onkel', 'cousin'
])

/**
 * Honorifics, forms of address, academic degrees and titles of nobility
 * that stand before a name, as written, mapped to the sex they mark, or
 * `undefined` for those that mark none (`Dr.`, `Prof.`).
 *
 * Curated by the zitat authors. German, English, French, Italian, Spanish
 * and Portuguese forms of address and the Arabic and religious titles
 * frequent in German news. Abbreviations are listed with their full stop
 * and, where English or other usage drops it, without (`Mr.`, `Mr`).
 *
 * Left out: honorifics that follow a name (Turkish `Bey`, `Hanım`; Japanese
 * `-san`), titles that are offices and are role heads instead (`Präsident`,
 * `Minister`, `Bischof`; but `Papst`, `Kardinal` are role heads too), and
 * combinations (`Frau Dr.`, `Prof. Dr.`), which a consumer reads word by
 * word.
 */
export const honorifics: ReadonlyMap<string, 'female' | 'male' | undefined> = new Map<
  string,
  'female' | 'male' | undefined
>([
  // German forms of address, including the dative and accusative `Herrn`.
  ['Herr', 'male'], ['Herrn', 'male'], ['Hr.', 'male'], ['Hrn.', 'male'], ['Frau', 'female'],
  ['Fr.', 'female'], ['Fräulein', 'female'], ['Frl.', 'female'],
  // Academic degrees and professional titles.
  ['Dr.', undefined], ['Dr', undefined], ['Prof.', undefined], ['Professor', 'male'],
  ['Professorin', 'female'], ['Dipl.-Ing.', undefined], ['Ing.', undefined], ['Mag.', undefined],
  ['Magister', 'male'], ['Magistra', 'female'], ['DI', undefined], ['PD', undefined],
  ['Univ.-Prof.', undefined], ['Doktor', undefined], ['Doktorin', 'female'],
  // Austrian honorary titles.
  ['Hofrat', 'male'], ['Hofrätin', 'female'], ['Kommerzialrat', 'male'],
  ['Kommerzialrätin', 'female'], ['KR', undefined], ['Kammersänger', 'male'],
  ['Kammersängerin', 'female'],
  // English.
  ['Mr.', 'male'], ['Mr', 'male'], ['Mrs.', 'female'], ['Mrs', 'female'], ['Ms.', 'female'],
  ['Ms', 'female'], ['Miss', 'female'], ['Mister', 'male'], ['Madam', 'female'], ['Sir', 'male'],
  ['Dame', 'female'], ['Lady', 'female'], ['Lord', 'male'], ['Reverend', undefined],
  ['Rev.', undefined],
  // French.
  ['Monsieur', 'male'], ['Madame', 'female'], ['Mme', 'female'],
  ['Mme.', 'female'], ['Mademoiselle', 'female'], ['Mlle', 'female'], ['Maître', undefined],
  // Italian, Spanish and Portuguese.
  ['Signor', 'male'], ['Signore', 'male'], ['Signora', 'female'], ['Signorina', 'female'],
  ['Don', 'male'], ['Donna', 'female'], ['Doña', 'female'], ['Dona', 'female'],
  ['Señor', 'male'], ['Señora', 'female'], ['Sr.', 'male'], ['Sra.', 'female'],
  ['Senhor', 'male'], ['Senhora', 'female'],
  // Nobility.
  ['Graf', 'male'], ['Gräfin', 'female'], ['Fürst', 'male'], ['Fürstin', 'female'],
  ['Prinz', 'male'], ['Prinzessin', 'female'], ['Herzog', 'male'], ['Herzogin', 'female'],
  ['Freiherr', 'male'], ['Freifrau', 'female'], ['Freiin', 'female'], ['Baron', 'male'],
  ['Baronin', 'female'], ['Baroness', 'female'], ['Erzherzog', 'male'],
  ['Erzherzogin', 'female'], ['König', 'male'], ['Königin', 'female'], ['Kaiser', 'male'],
  ['Kaiserin', 'female'], ['Kronprinz', 'male'], ['Kronprinzessin', 'female'],
  // Arabic, Persian and Turkish titles before a name.
  ['Scheich', 'male'], ['Sheikh', 'male'], ['Scheicha', 'female'], ['Sheikha', 'female'],
  ['Emir', 'male'], ['Sultan', 'male'], ['Ajatollah', 'male'],
  ['Ayatollah', 'male'], ['Mullah', 'male'], ['Hodscha', 'male'],
  // Religious forms of address.
  ['Pater', 'male'], ['Bruder', 'male'], ['Schwester', 'female'], ['Mutter', 'female'],
  ['Abbé', 'male'], ['Monsignore', 'male'], ['Hochwürden', 'male'], ['Rabbi', 'male'],
  ['Imam', 'male']
])

/**
 * Lower-case particles that stand inside a person's name, between the given
 * name and the surname or inside the surname: `Ursula von der Leyen`,
 * `Mohammed bin Salman`, `Luiz Inácio Lula da Silva`.
 *
 * Curated by the zitat authors from German, Dutch, French, Italian,
 * Spanish, Portuguese, Scandinavian and Arabic naming.
 *
 * Left out: particles written capitalised (`Van der Bellen`, `Le Pen`,
 * `De Gaulle`, `Mac`, `Abu`), which belong to the surname token and are
 * matched case-sensitively nowhere here; elided forms joined to the next
 * word (`d'Estaing`, `dell'Utri`, `al-Assad`), which a consumer splits at
 * the apostrophe or hyphen; and particles that are too common as German
 * words to be read as particles at all (`und` in `von und zu`, `das`, `des`,
 * `dem`, `in`, `auf`, Dutch `in 't`, `op`, `te`, Spanish `y`, Portuguese
 * `e`).
 *
 * ###### Notes
 *
 * `der`, `den`, `zu`, `du`, `da` and `la` are also ordinary words; read
 * them as particles only between a given name (or another particle) and a
 * capitalised surname, not in `als Olaf den Raum verließ`.
 */
export const nameParticles: ReadonlySet<string> = new Set([
  // German and Austrian nobility particles (`von der Leyen`, `zu Guttenberg`).
  'von', 'vom', 'zu', 'zum', 'zur', 'der', 'den',
  // Dutch and Flemish (`van den Berg`, `ter Stegen`, `ten Hag`).
  'van', 'ter', 'ten',
  // French (`de Villepin`, `du Pont`, `de la Fontaine`).
  'de', 'du', 'la', 'le',
  // Italian (`di Maio`, `della Valle`).
  'di', 'da', 'del', 'della', 'dello', 'delle', 'dei', 'degli', 'dal', 'dalla',
  // Spanish and Portuguese (`de los Santos`, `da Silva`, `dos Santos`).
  'do', 'dos', 'las', 'los',
  // Scandinavian (`af Klint`).
  'af',
  // Arabic, Hebrew and Mauritanian (`bin Salman`, `ibn Saud`, `al Thani`, `ould Ghazouani`).
  'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'ould'
])

/**
 * Capitalised common nouns of time, place and manner that follow `zu` or
 * `von` as prepositions (`Roth zu Beginn der Sitzung`, `zu Hause`, `von
 * Anfang an`): after a name they start a phrase of their own, not a surname
 * with a particle (`zu Guttenberg`).
 */
export const particleNouns: ReadonlySet<string> = new Set([
  'Beginn', 'Anbeginn', 'Ende', 'Anfang', 'Mitte', 'Start', 'Auftakt', 'Abschluss', 'Schluss',
  'Hause', 'Haus', 'Tisch', 'Fuß', 'Gast', 'Besuch', 'Wort', 'Protokoll', 'Recht', 'Unrecht',
  'Gunsten', 'Lasten', 'Zeiten', 'Zeit', 'Seiten', 'Hilfe', 'Ehren', 'Fall', 'Tode', 'Mittag',
  'Morgen', 'Abend', 'Weihnachten', 'Ostern', 'Pfingsten', 'Silvester', 'Jahresbeginn',
  'Jahresende', 'Jahresanfang', 'Wochenbeginn', 'Amtsantritt', 'Montag', 'Dienstag', 'Mittwoch',
  'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'
])

/**
 * Role heads that name one office, in groups, lower case: a definite
 * description with one of them refers back to a person introduced with
 * another (`Regierungschef Jan Roth … der Ministerpräsident`, `Konzernchef
 * Jan Roth … der CEO`). A role is in the group of the longest head it ends
 * with (`ministerpräsident`, not `präsident`). The first group lists
 * deputies, who hold no office of the others (`vizekanzler` is not
 * `kanzler`).
 *
 * Curated by the zitat authors.
 */
export const sameOffices: ReadonlyArray<readonly string[]> = [
  ['vizekanzler', 'vizekanzlerin', 'vizepräsident', 'vizepräsidentin', 'vizepremier', 'vizepremierin', 'vizeregierungschef'],
  [
    'regierungschef', 'regierungschefin', 'ministerpräsident', 'ministerpräsidentin', 'premierminister',
    'premierministerin', 'premier', 'premierin', 'kanzler', 'kanzlerin'
  ],
  ['staatschef', 'staatschefin', 'staatspräsident', 'staatspräsidentin', 'präsident', 'präsidentin', 'staatsoberhaupt'],
  [
    'konzernchef', 'konzernchefin', 'vorstandschef', 'vorstandschefin', 'vorstandsvorsitzender',
    'vorstandsvorsitzende', 'ceo', 'firmenchef', 'firmenchefin', 'unternehmenschef', 'unternehmenschefin'
  ],
  ['parteichef', 'parteichefin', 'parteivorsitzender', 'parteivorsitzende']
]

/**
 * Role heads of posts one holds rather than traits one has, lower case:
 * offices of government and state, military ranks and commands, the bench
 * and the church. A person introduced with one of them (`Premier Jan Roth`)
 * is not who a definite description with another refers back to (`der
 * General`), while descriptions refer back to anyone (`der Politiker`, `der
 * junge Mann`, `der Branchenkenner`). A role is a post when it ends with one
 * (`verteidigungsminister`).
 *
 * Curated by the zitat authors.
 */
export const postHeads: readonly string[] = [
  'minister', 'ministerin', 'premier', 'premierin', 'kanzler', 'kanzlerin', 'präsident', 'präsidentin',
  'regierungschef', 'regierungschefin', 'staatschef', 'staatschefin', 'bürgermeister', 'bürgermeisterin',
  'gouverneur', 'gouverneurin', 'botschafter', 'botschafterin', 'general', 'generalin', 'admiral',
  'admiralin', 'oberst', 'oberstin', 'major', 'majorin', 'kommandeur', 'kommandeurin', 'kommandant',
  'kommandantin', 'richter', 'richterin', 'staatsanwalt', 'staatsanwältin', 'bischof', 'bischöfin',
  'papst', 'kardinal', 'könig', 'königin'
]
