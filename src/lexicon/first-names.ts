/**
 * Given names of people named in German news and interview prose, split by
 * the sex the name is usually given to, plus the names that are also
 * ordinary German words.
 *
 * Curated by the zitat authors from their own knowledge of German, Austrian
 * and Swiss naming across generations and of the international names that
 * German-language news reports most often. Entries are written as the name
 * is spelt in German-language text (capitalised, with diacritics), often in
 * both the German transcription and the English or native one
 * (`Wolodymyr`, `Volodymyr`; `Julija`, `Yulia`). Hyphenated double names are
 * listed where they are frequent as one unit (`Frank-Walter`, `Jean-Luc`,
 * `Marie-Agnes`); others are left to the consumer, which can look up each
 * part.
 *
 * Left out: surnames, including the Chinese and Vietnamese family names that
 * open a name (`Xi`, `Li`, `Wang`, `Nguyen`; `Kim` is listed, but only as
 * the unisex given name); single-syllable Chinese given names, which are
 * also family names; titles used like names (`Sultan`, `Scheich`, `Mahatma`);
 * nicknames used as surnames (`Lula`); and names whose ordinary-word reading
 * far outweighs the name in German news (`Hoffnung`, `Art`, `Gift`, `Ton`,
 * `Job`, `Meta`, `Kader`, `Saga`, `Mai`, `Tiger`).
 *
 * ###### Notes
 *
 * A name is a statistical hint, not a fact about a person: the sets record
 * the sex a name is usually given to in the culture it comes from. Names
 * given to both sexes (`Kim`, `Alex`, `Andrea`, which is male in Italy,
 * `Luca`, `Nicola`, `Simone`, `Gabriele`, `Maria` as a male middle name in
 * `Rainer Maria`, `Eike`, `Helge`, `Sascha`, `Deniz`, `Tal`) are in both
 * sets; a consumer that finds a name in both should fall back on other
 * evidence (pronouns, role nouns such as `Sprecherin`, honorifics).
 *
 * @module
 */

/**
 * Given names usually given to girls and women, as written (capitalised).
 *
 * Curated by the zitat authors: German, Austrian and Swiss names of all
 * generations, and international names frequent in German news. Left out
 * are surnames, titles and names whose ordinary-word reading dominates;
 * unisex names are in both this set and {@link maleFirstNames}.
 */
export const femaleFirstNames: ReadonlySet<string> = new Set([
  // German-speaking, born before about 1945: grandmothers and post-war public figures.
  'Anna', 'Maria', 'Elisabeth', 'Rose', 'Flora', 'Margarete', 'Margarethe', 'Martha', 'Marta',
  'Gertrud', 'Gertraud', 'Hildegard', 'Hilde', 'Herta', 'Hertha', 'Erna', 'Elfriede', 'Frieda',
  'Frida', 'Ilse', 'Irmgard', 'Irma', 'Käthe', 'Käte', 'Lieselotte', 'Liselotte', 'Liesel', 'Lotte',
  'Luise', 'Louise', 'Johanna', 'Auguste', 'Emma', 'Emmi', 'Gerda', 'Helene', 'Helena', 'Hedwig',
  'Wilhelmine', 'Mathilde', 'Magdalena', 'Magdalene', 'Katharina', 'Catharina', 'Charlotte', 'Else',
  'Elsa', 'Edith', 'Ella', 'Erika', 'Waltraud', 'Waltraut', 'Ingeborg', 'Ursula', 'Gisela', 'Helga',
  'Ruth', 'Annemarie', 'Anneliese', 'Annelie', 'Irene', 'Irmtraud', 'Edeltraud', 'Hannelore',
  'Rosemarie', 'Adelheid', 'Agnes', 'Almut', 'Berta', 'Bertha', 'Brunhilde', 'Brünhilde', 'Dora',
  'Dorothea', 'Edda', 'Emilie', 'Franziska', 'Friederike', 'Gerlinde', 'Gretel', 'Grete', 'Hanni',
  'Hedi', 'Helma', 'Henriette', 'Hermine', 'Hiltrud', 'Hulda', 'Ida', 'Ilka', 'Irmela', 'Isolde',
  'Josefa', 'Josephine', 'Klara', 'Klothilde', 'Kunigunde', 'Leni', 'Lina', 'Lore', 'Lotti',
  'Luzie', 'Magda', 'Marga', 'Margit', 'Margot', 'Marlene', 'Mathilda', 'Mechthild', 'Mechthilde',
  'Minna', 'Paula', 'Regina', 'Rosa', 'Rosel', 'Rosi', 'Roswitha', 'Rotraut', 'Rotraud', 'Selma',
  'Sieglinde', 'Sigrid', 'Theresia', 'Therese', 'Trude', 'Trudi', 'Ulla', 'Ursel', 'Walburga',
  'Wilma', 'Christa', 'Christel', 'Inge', 'Ingrid', 'Marianne', 'Eva', 'Hanna', 'Hannah', 'Lili',
  'Marie', 'Clara', 'Zenzi', 'Resi', 'Kathi', 'Liesl', 'Gerti', 'Mizzi', 'Burgi', 'Vroni', 'Evi',
  // German-speaking, born about 1945 to 1980.
  'Brigitte', 'Renate', 'Karin', 'Gudrun', 'Elke', 'Heidi', 'Heide', 'Heidemarie', 'Heidrun',
  'Gabriele', 'Gabi', 'Gaby', 'Monika', 'Petra', 'Sabine', 'Susanne', 'Andrea', 'Birgit', 'Claudia',
  'Martina', 'Angelika', 'Angela', 'Barbara', 'Beate', 'Bettina', 'Christiane', 'Christine',
  'Cornelia', 'Kornelia', 'Doris', 'Dagmar', 'Dorothee', 'Gesine', 'Gitta', 'Heike', 'Heiderose',
  'Hella', 'Ilona', 'Iris', 'Jutta', 'Karla', 'Karola', 'Carola', 'Katrin', 'Kathrin', 'Catrin',
  'Kerstin', 'Kirsten', 'Lydia', 'Marion', 'Marlies', 'Marliese', 'Nicole', 'Regine', 'Rita',
  'Silke', 'Simone', 'Sonja', 'Stefanie', 'Stephanie', 'Susanna', 'Sybille', 'Sibylle', 'Tanja',
  'Ulrike', 'Uta', 'Ute', 'Veronika', 'Vera', 'Wiebke', 'Alexandra', 'Anette', 'Annette', 'Antje',
  'Astrid', 'Babette', 'Bärbel', 'Britta', 'Carmen', 'Constanze', 'Konstanze', 'Daniela', 'Diana',
  'Ellen', 'Elvira', 'Esther', 'Ester', 'Eveline', 'Evelyn', 'Frauke', 'Gabriela', 'Gundula', 'Ina',
  'Ines', 'Jana', 'Judith', 'Julia', 'Juliane', 'Karen', 'Katja', 'Kristina', 'Christina',
  'Manuela', 'Marina', 'Marita', 'Melanie', 'Michaela', 'Miriam', 'Mirjam', 'Nadja', 'Natalie',
  'Nathalie', 'Nina', 'Patricia', 'Ramona', 'Rebecca', 'Rebekka', 'Sandra', 'Sabina', 'Silvia',
  'Sylvia', 'Svenja', 'Tamara', 'Theresa', 'Teresa', 'Tina', 'Verena', 'Viktoria', 'Victoria',
  'Yvonne', 'Anja', 'Anke', 'Ariane', 'Bianca', 'Bianka', 'Carina', 'Karina', 'Denise', 'Imke',
  'Inka', 'Insa', 'Jacqueline', 'Janine', 'Jeanette', 'Jeannette', 'Jenny', 'Kathleen', 'Maike',
  'Meike', 'Mareike', 'Nadine', 'Ricarda', 'Saskia', 'Steffi', 'Sybilla', 'Sylke', 'Tatjana',
  'Vanessa', 'Angelique', 'Annegret', 'Annemie', 'Anneke', 'Antonia', 'Birte', 'Birthe',
  'Constance', 'Dörte', 'Dorte', 'Elfi', 'Elena', 'Gesa', 'Grit', 'Gritt', 'Hildegunde', 'Ingke',
  'Irina', 'Isabel', 'Isabell', 'Isabelle', 'Kerrin', 'Lioba', 'Malu', 'Margret', 'Marieluise',
  'Marie-Luise', 'Marie-Agnes', 'Marlis', 'Monique', 'Petronella', 'Sabrina', 'Wencke', 'Wenke',
  'Beatrix', 'Dunja', 'Friedel', 'Gunda', 'Jolanthe',
  // German-speaking, born after 1980: younger public figures, athletes, today's children.
  'Sahra', 'Katarina', 'Katherina', 'Mithu', 'Shida', 'Jagoda', 'Marietta', 'Maybrit', 'Caren',
  'Senta', 'Pina', 'Nena', 'Salome', 'Juli', 'Liane', 'Lisa', 'Laura', 'Lea', 'Leah', 'Lena',
  'Leonie', 'Luisa', 'Lucia', 'Lara', 'Larissa', 'Linda', 'Maja', 'Maya', 'Mia', 'Michelle', 'Mona',
  'Nele', 'Nora', 'Ronja', 'Sarah', 'Sara', 'Sophie', 'Sofie', 'Sophia', 'Sofia', 'Stella', 'Tabea',
  'Zoe', 'Zoé', 'Alina', 'Amelie', 'Amélie', 'Anika', 'Annika', 'Carlotta', 'Charlotta', 'Celina',
  'Celine', 'Chiara', 'Elisa', 'Emilia', 'Emily', 'Emelie', 'Fabienne', 'Finja', 'Greta',
  'Isabella', 'Janina', 'Jasmin', 'Jennifer', 'Jessica', 'Josefine', 'Jule', 'Kira', 'Lia', 'Lilli',
  'Lilly', 'Lily', 'Lotta', 'Luna', 'Malin', 'Mara', 'Matilda', 'Merle', 'Milena', 'Mila', 'Mira',
  'Nelly', 'Paulina', 'Pauline', 'Pia', 'Rieke', 'Romy', 'Selina', 'Sina', 'Smilla', 'Tessa',
  'Thea', 'Tilda', 'Valentina', 'Valerie', 'Vivien', 'Vivienne', 'Aaliyah', 'Alessia', 'Amira',
  'Annalena', 'Ava', 'Cosima', 'Dilara', 'Elif', 'Emely', 'Enya', 'Fiona', 'Franka', 'Jette',
  'Joline', 'Juna', 'Jasmina', 'Kim', 'Lenja', 'Liv', 'Louisa', 'Malia', 'Mariella', 'Marla',
  'Melina', 'Mina', 'Nala', 'Noemi', 'Olivia', 'Rosalie', 'Svea', 'Talea', 'Tara', 'Viola', 'Yara',
  'Zara', 'Alicia', 'Alica', 'Angelina', 'Aylin', 'Bella', 'Carolin', 'Caroline', 'Karoline', 'Jil',
  'Jill', 'Lorena', 'Malaika', 'Nadia', 'Natascha', 'Natasha', 'Sanja', 'Jessy',
  // North German and Frisian.
  'Inken', 'Kaja', 'Keike', 'Femke', 'Gesche', 'Hilke', 'Inke', 'Maren', 'Mareen', 'Marret', 'Okka',
  'Swantje', 'Telse', 'Tomke', 'Enna', 'Hanne', 'Lene', 'Tjorven', 'Thekla',
  // Eastern Germany, names popular in the 1960s to 1980s.
  'Mandy', 'Peggy', 'Cindy', 'Sindy', 'Nancy', 'Doreen', 'Manja', 'Kati', 'Katy', 'Anett', 'Ivonne',
  'Jeanine', 'Jeannine', 'Chantal', 'Madlen', 'Madeleine', 'Yvette', 'Conny', 'Susann',
  // Austria, Bavaria and South Tyrol.
  'Theres', 'Burgl', 'Lisi', 'Sissi', 'Sisi', 'Christl', 'Romana', 'Hemma', 'Notburga', 'Zenzl',
  'Mirl', 'Kreszenz', 'Klaudia', 'Leonore', 'Alma', 'Pamela', 'Rosalia', 'Walpurga', 'Genoveva',
  'Apollonia', 'Ottilie', 'Afra', 'Crescentia',
  // Switzerland.
  'Regula', 'Vreni', 'Vreneli', 'Margrit', 'Margrith', 'Rosmarie', 'Micheline', 'Simonetta',
  'Priska', 'Seraina', 'Ladina', 'Flurina', 'Corina', 'Corinne', 'Jolanda', 'Cécile', 'Céline',
  'Elsbeth', 'Käthi', 'Mattea', 'Meret', 'Seline', 'Rahel', 'Sibel', 'Aline', 'Anita', 'Bea',
  'Beatrice', 'Claudine', 'Flavia', 'Giulia', 'Irène', 'Joëlle', 'Lucienne',
  // English and American: common names and public figures.
  'Rosemary', 'Belinda', 'Mikaela', 'Aryna', 'Vicky', 'Diane', 'Jessika', 'Kirstie', 'Joanna',
  'Gillian', 'Rebekah', 'Bethany', 'Brianna', 'Jasmine', 'Destiny', 'Kendra', 'Latoya', 'Keisha',
  'Tamika', 'Shonda', 'Ruby', 'Kylie', 'Dannii', 'Sheryl', 'Hilary', 'Madonna', 'Mary', 'Elizabeth',
  'Susan', 'Betty', 'Margaret', 'Ashley', 'Kimberly', 'Donna', 'Carol', 'Amanda', 'Dorothy',
  'Melissa', 'Deborah', 'Sharon', 'Cynthia', 'Amy', 'Shirley', 'Brenda', 'Helen', 'Samantha',
  'Katherine', 'Catherine', 'Debra', 'Rachel', 'Carolyn', 'Janet', 'Heather', 'Julie', 'Joyce',
  'Virginia', 'Kelly', 'Lauren', 'Joan', 'Megan', 'Cheryl', 'Gloria', 'Ann', 'Anne', 'Madison',
  'Frances', 'Kathryn', 'Janice', 'Jean', 'Abigail', 'Alice', 'Judy', 'Grace', 'Amber', 'Marilyn',
  'Danielle', 'Beverly', 'Brittany', 'Kayla', 'Lori', 'Kamala', 'Hillary', 'Condoleezza', 'Liz',
  'Nicola', 'Kemi', 'Priti', 'Suella', 'Penny', 'Camilla', 'Kate', 'Meghan', 'Jacinda', 'Chrystia',
  'Taylor', 'Beyoncé', 'Rihanna', 'Oprah', 'Adele', 'Billie', 'Ariana', 'Selena', 'Miley', 'Malala',
  'Scarlett', 'Meryl', 'Cate', 'Melania', 'Ivanka', 'Tiffany', 'Tulsi', 'Kristi', 'Pam', 'Susie',
  'Marjorie', 'Nikki', 'Alexandria', 'Ilhan', 'Rashida', 'Chelsea', 'Gretchen', 'Kathy', 'Gina',
  'Jen', 'Karine', 'Ketanji', 'Sonia', 'Elise', 'Jane', 'Joanne', 'Maureen', 'Eileen', 'Sheila',
  'Bridget', 'Siobhan', 'Kirsty', 'Morag', 'Sinéad', 'Niamh', 'Aoife', 'Mairead', 'Eleanor',
  'Harriet', 'Imogen', 'Florence', 'Eugenie', 'Maggie', 'Molly', 'Holly', 'Lucy', 'Chloe', 'Amelia',
  'Isla', 'Poppy', 'Dianne', 'Stacey', 'Tracy', 'Tracey', 'Wendy', 'Sally', 'Shelley', 'Kristen',
  'Kristin', 'Kelsey', 'Lindsay', 'Brooke', 'Paige', 'Courtney', 'Whitney', 'Serena', 'Venus',
  'Coco', 'Naomi', 'Allyson', 'Shelly-Ann', "Sha'Carri", 'Dolly', 'Cher', 'Britney', 'Aretha',
  'Sade', 'Lorde', 'Dua', 'Doja', 'Gwyneth', 'Reese', 'Demi', 'Jodie', 'Sigourney', 'Winona',
  'Keira', 'Saoirse', 'Anya', 'Zendaya', 'Tammy', 'Kyrsten', 'Elissa', 'Marsha', 'Patty', 'Maxine',
  'Ayanna', 'Coretta', 'Toni', 'Avril', 'Kristalina', 'Ngozi',
  // French and Belgian.
  'Marine', 'Élisabeth', 'Ségolène', 'Valérie', 'Rachida', 'Aurore', 'Claire', 'Sandrine', 'Sylvie',
  'Véronique', 'Juliette', 'Manon', 'Léa', 'Chloé', 'Élodie', 'Agnès', 'Aurélie', 'Béatrice',
  'Clémence', 'Delphine', 'Émilie', 'Françoise', 'Geneviève', 'Hélène', 'Laure', 'Laurence',
  'Martine', 'Mireille', 'Pascale', 'Roselyne', 'Solène', 'Virginie', 'Yaël', 'Najat', 'Édith',
  'Annie', 'Coralie', 'Lucie', 'Margaux', 'Océane', 'Agathe', 'Adèle', 'Fanny', 'Gaëlle', 'Josiane',
  'Mélanie', 'Muriel', 'Odile', 'Estelle', 'Anne-Marie', 'Marie-Christine', 'Marie-Claire',
  'Marie-France', 'Marie-Hélène', 'Marie-Louise', 'Marie-Noëlle', 'Marie-Pierre', 'Marie-Thérèse',
  'Jeanne', 'Ginette', 'Colette', 'Dominique', 'Camille', 'Claude', 'Sylviane', 'Arlette',
  'Bernadette', 'Noémie', 'Inès', 'Léonie', 'Lou', 'Maëlle', 'Maud', 'Ophélie', 'Ornella',
  'Raphaëlle', 'Séverine', 'Sidonie', 'Stéphanie', 'Sylvaine', 'Ursule', 'Mylène', 'Axelle',
  'Eugénie', 'Élise', 'Éléonore', 'Clotilde', 'Marguerite', 'Hortense', 'Capucine', 'Garance',
  'Anaïs', 'Audrey', 'Justine', 'Aya', 'Clémentine', 'Emmanuelle', 'Francine', 'Amandine',
  'Apolline',
  // Italian.
  'Giorgia', 'Elly', 'Francesca', 'Federica', 'Alessandra', 'Paola', 'Roberta', 'Carla', 'Giovanna',
  'Antonella', 'Patrizia', 'Elisabetta', 'Ilaria', 'Stefania', 'Tiziana', 'Nunzia', 'Mariastella',
  'Letizia', 'Monica', 'Benedetta', 'Donatella', 'Fiorella', 'Gianna', 'Loredana', 'Lucrezia',
  'Margherita', 'Nicoletta', 'Raffaella', 'Rossella', 'Simona', 'Vittoria', 'Arianna', 'Aurora',
  'Caterina', 'Cinzia', 'Emanuela', 'Erica', 'Filomena', 'Gabriella', 'Giuseppina', 'Grazia',
  'Graziella', 'Lorenza', 'Marisa', 'Mariangela', 'Michela', 'Mirella', 'Paolina', 'Rosalba',
  'Rosanna', 'Rosaria', 'Silvana', 'Veronica', 'Viviana', 'Carolina', 'Ginevra', 'Nilde', 'Rosy',
  'Rosetta', 'Assunta', 'Concetta', 'Immacolata', 'Carmela', 'Annunziata',
  // Spanish, Portuguese and Latin American.
  'Rebeca', 'Ione', 'María', 'Ana', 'Pilar', 'Lucía', 'Sofía', 'Raquel', 'Rocío', 'Yolanda',
  'Dolores', 'Inés', 'Begoña', 'Soraya', 'Esperanza', 'Nuria', 'Montserrat', 'Montse', 'Camila',
  'Fernanda', 'Alejandra', 'Adriana', 'Verónica', 'Beatriz', 'Margarita', 'Natalia', 'Rigoberta',
  'Evita', 'Shakira', 'Salma', 'Penélope', 'Rosalía', 'Cecilia', 'Mariana', 'Marisol', 'Guadalupe',
  'Lourdes', 'Consuelo', 'Concepción', 'Ximena', 'Xiomara', 'Delcy', 'Dina', 'Cristina', 'Dilma',
  'Susana', 'Ángela', 'Ángeles', 'Arantxa', 'Estefanía', 'Josefina', 'Juana', 'Leticia', 'Luz',
  'Macarena', 'Mercè', 'Meritxell', 'Miren', 'Núria', 'Paloma', 'Remedios', 'Rosario', 'Soledad',
  'Valeria', 'Vanesa', 'Yasmina', 'Yaiza', 'Aitana', 'Ainhoa', 'Alba', 'Blanca', 'Candela', 'Celia',
  'Eugenia', 'Florencia', 'Graciela', 'Julieta', 'Luciana', 'Milagros', 'Agustina', 'Catalina',
  'Isidora', 'Sônia', 'Marielle', 'Gleisi', 'Rosângela', 'Janja', 'Gisele', 'Anitta', 'Dandara',
  'Conceição', 'Fátima', 'Graça', 'Joana', 'Leonor', 'Inês', 'Catarina', 'Rafaela', 'Thaís',
  'Luana', 'Jéssica', 'Tábata',
  // Dutch and Flemish.
  'Lieke', 'Nienke', 'Sanne', 'Anouk', 'Marieke', 'Mieke', 'Eline', 'Esmée', 'Fleur', 'Floor',
  'Hanneke', 'Karlijn', 'Marloes', 'Renske', 'Dilan', 'Máxima', 'Juliana', 'Wilhelmina', 'Amalia',
  'Annemiek', 'Annemieke', 'Ank', 'Els', 'Hennie', 'Ineke', 'Joke', 'Jolien', 'Lieve', 'Liesbeth',
  'Margriet', 'Maaike', 'Noor', 'Roos', 'Sietske', 'Tineke', 'Wietske', 'Annelien', 'Ankie',
  'Hadja', 'Zuhal', 'Gwendolyn',
  // Scandinavian, Finnish and Icelandic.
  'Henna', 'Sylvi', 'Kristrún', 'Mette', 'Helle', 'Sanna', 'Tarja', 'Birgitta', 'Britt', 'Elin',
  'Ebba', 'Linnea', 'Märta', 'Margareta', 'Margrethe', 'Pernille', 'Siv', 'Solveig', 'Stina',
  'Tove', 'Trine', 'Ylva', 'Agnetha', 'Anni-Frid', 'Marit', 'Kari', 'Gro', 'Aino', 'Anni', 'Elina',
  'Kaisa', 'Kirsi', 'Krista', 'Riikka', 'Päivi', 'Tuula', 'Katrín', 'Halla', 'Björk', 'Lone',
  'Dorthe', 'Lise', 'Tine', 'Signe', 'Vibeke', 'Inger', 'Ragnhild', 'Hedda', 'Alva', 'Ulrika',
  'Anna-Lena', 'Sari', 'Sirpa', 'Satu', 'Jaana', 'Marja', 'Heli', 'Vigdís', 'Katrine', 'Silje',
  'Ane', 'Nanna',
  // Polish.
  'Agnieszka', 'Beata', 'Ewa', 'Katarzyna', 'Małgorzata', 'Malgorzata', 'Dorota', 'Elżbieta',
  'Elzbieta', 'Iwona', 'Grażyna', 'Jolanta', 'Krystyna', 'Aleksandra', 'Justyna', 'Kinga', 'Olga',
  'Wisława', 'Zofia', 'Zuzanna', 'Halina', 'Danuta', 'Bożena', 'Urszula', 'Iga', 'Agata', 'Sylwia',
  'Izabela', 'Renata', 'Wanda', 'Marzena', 'Weronika', 'Jadwiga', 'Alicja', 'Karolina', 'Wiktoria',
  'Ewelina', 'Irena', 'Kamila', 'Lucyna', 'Mirosława', 'Stanisława', 'Władysława',
  // Czech, Slovak, Hungarian, Romanian, Baltic and Georgian.
  'Salomé', 'Rūta', 'Kateřina', 'Markéta', 'Věra', 'Zuzana', 'Alena', 'Hana', 'Tereza', 'Ivana',
  'Jarmila', 'Libuše', 'Ludmila', 'Milada', 'Radka', 'Šárka', 'Vlasta', 'Zdeňka', 'Iveta',
  'Barbora', 'Klára', 'Karolína', 'Kristýna', 'Katalin', 'Judit', 'Ildikó', 'Erzsébet', 'Zsuzsanna',
  'Krisztina', 'Ágnes', 'Viktória', 'Éva', 'Orsolya', 'Eszter', 'Ioana', 'Viorica', 'Maia',
  'Andreea', 'Mihaela', 'Kersti', 'Evika', 'Ingrida', 'Dalia', 'Vaira', 'Kristiina', 'Kadri',
  'Laima', 'Zanda',
  // Serbian, Croatian, Bosnian, Slovenian, Albanian and Bulgarian.
  'Dubravka', 'Jelena', 'Marija', 'Kolinda', 'Dragana', 'Milica', 'Mirjana', 'Snežana', 'Svetlana',
  'Vesna', 'Zorana', 'Biljana', 'Gordana', 'Nataša', 'Zorica', 'Azra', 'Amra', 'Emina', 'Lejla',
  'Amela', 'Ermira', 'Teuta', 'Vjosa', 'Albana', 'Rina', 'Blerta', 'Arta', 'Bisera', 'Desislava',
  'Iliana', 'Mariya', 'Nadezhda', 'Rumyana', 'Tsveta', 'Yordanka',
  // Russian, Ukrainian and Belarusian.
  'Sviatlana', 'Swjatlana', 'Julija', 'Yulia', 'Olena', 'Oksana', 'Iryna', 'Tatiana', 'Tetiana',
  'Natalja', 'Nataliya', 'Swetlana', 'Switlana', 'Yelena', 'Anastasia', 'Anastassija', 'Daria',
  'Darja', 'Darya', 'Ekaterina', 'Jekaterina', 'Katerina', 'Kateryna', 'Ljudmila', 'Lyudmila',
  'Ludmilla', 'Liudmyla', 'Walentina', 'Galina', 'Halyna', 'Nadeschda', 'Nadija', 'Nadiya',
  'Ksenia', 'Kseniya', 'Xenia', 'Wiktorija', 'Lesja', 'Lesya', 'Ljubow', 'Lyubov', 'Wera', 'Sofija',
  'Polina', 'Wassilissa', 'Vasilisa', 'Soja', 'Zoya', 'Alla', 'Oleksandra', 'Olexandra', 'Olha',
  'Chrystyna', 'Khrystyna', 'Uljana', 'Ulyana', 'Inna', 'Raissa', 'Raisa', 'Jewgenija', 'Yevgeniya',
  'Walerija', 'Maryna', 'Mariia', 'Viktoriia', 'Zhanna', 'Schanna', 'Jaroslawa', 'Yaroslava',
  'Iuliia', 'Masha', 'Mascha', 'Nastja', 'Sweta',
  // Greek and Cypriot.
  'Eleni', 'Dimitra', 'Georgia', 'Ioanna', 'Despina', 'Nana', 'Athina', 'Aikaterini', 'Angeliki',
  'Chrysoula', 'Evangelia', 'Fotini', 'Kalliopi', 'Konstantina', 'Niki', 'Olympia', 'Panagiota',
  'Paraskevi', 'Stavroula', 'Vasiliki', 'Zoi', 'Efi', 'Effie', 'Rena', 'Mariza', 'Afroditi',
  // Turkish and Kurdish.
  'Ayşe', 'Ayse', 'Emine', 'Fatma', 'Hatice', 'Zeynep', 'Merve', 'Meral', 'Gül', 'Gülsen', 'Gülşen',
  'Canan', 'Derya', 'Dilek', 'Ebru', 'Esra', 'Hülya', 'Leyla', 'Nesrin', 'Özlem', 'Pınar', 'Pinar',
  'Seda', 'Selin', 'Songül', 'Tülay', 'Yasemin', 'Yıldız', 'Yildiz', 'Hande', 'Sevgi', 'Nurhan',
  'Lale', 'Aydan', 'Serap', 'Serpil', 'Ferda', 'Sevda', 'Sevim', 'Hilal', 'Büşra', 'Betül', 'Kübra',
  'Nilüfer', 'Meryem', 'Şule', 'Sule', 'Nazan', 'Gönül', 'Neslihan', 'Berrin', 'Aslı', 'Asli',
  'Ece', 'Ela', 'Eda', 'Tuba', 'Tuğba', 'Sinem', 'Semra', 'İlknur', 'Ilknur', 'Filiz', 'Gülay',
  'Gökçe', 'Hacer', 'Melek', 'Necla', 'Seyran', 'Düzen', 'Gökay', 'Sema', 'Sevil', 'Şeyma',
  'Şebnem', 'Tülin', 'Yeliz', 'Zehra', 'Zerrin', 'Arzu', 'Aysel', 'Aysun', 'Ayten', 'Bahar', 'Banu',
  'Begüm', 'Birgül', 'Cansu', 'Çiğdem', 'Deniz', 'Döndü', 'Ezgi', 'Feride', 'Figen', 'Gülizar',
  'Gülten', 'Hanife', 'Havva', 'Lütfiye', 'Müge', 'Nermin', 'Nihal', 'Nuray', 'Özge', 'Rabia',
  'Saadet', 'Şükran', 'Ümran', 'Yağmur', 'Zübeyde', 'Rojda', 'Berfin', 'Dilbar', 'Evin', 'Hêvî',
  'Jiyan', 'Nupelda', 'Ronahi', 'Rojin', 'Zilan', 'Nurcan', 'Nur',
  // Arabic and North African.
  'Fatima', 'Aisha', 'Aischa', 'Ayesha', 'Amina', 'Layla', 'Leila', 'Laila', 'Mariam', 'Maryam',
  'Noura', 'Nour', 'Rania', 'Rana', 'Reem', 'Rim', 'Samira', 'Yasmin', 'Yasmine', 'Zainab',
  'Zeinab', 'Hanan', 'Huda', 'Hiba', 'Iman', 'Imane', 'Jamila', 'Khadija', 'Ghada', 'Hala', 'Lubna',
  'Malak', 'Manal', 'Nawal', 'Rasha', 'Rima', 'Rula', 'Sawsan', 'Suha', 'Wafa', 'Widad', 'Asma',
  'Ola', 'Hind', 'Nahla', 'Sanaa', 'Lamya', 'Lamia', 'Aminata', 'Souad', 'Soumaya', 'Naima',
  'Nabila', 'Karima', 'Latifa', 'Malika', 'Habiba', 'Hafsa', 'Houda', 'Ikram', 'Jihan', 'Kenza',
  'Loubna', 'Majda', 'Mounia', 'Nadira', 'Nisrine', 'Ouafa', 'Rabab', 'Randa', 'Samar', 'Shaima',
  'Siham', 'Tahani', 'Yousra', 'Zahra', 'Zakia', 'Zohra', 'Abeer', 'Afaf', 'Alaa', 'Asmaa', 'Basma',
  'Bushra', 'Doaa', 'Esraa', 'Farah', 'Ghalia', 'Hadeel', 'Hayat', 'Heba', 'Israa', 'Lama',
  'Lujain', 'Manar', 'Marwa', 'Nada', 'Nesreen', 'Nisreen', 'Raghad', 'Razan', 'Ruba', 'Sabah',
  'Safa', 'Sahar', 'Samah', 'Shaimaa', 'Zeina', 'Rasmiya', 'Sherine',
  // Persian and Afghan.
  'Mahsa', 'Jina', 'Narges', 'Nasrin', 'Shirin', 'Golnar', 'Golshifteh', 'Parisa', 'Roya',
  'Setareh', 'Tahereh', 'Azadeh', 'Afsaneh', 'Mitra', 'Nazanin', 'Niloufar', 'Nilufar', 'Shabnam',
  'Homa', 'Fatemeh', 'Masih', 'Mahnaz', 'Forough', 'Ladan', 'Laleh', 'Neda', 'Nika', 'Simin',
  'Taraneh', 'Yasaman', 'Ziba', 'Gilda', 'Faezeh', 'Atena', 'Fereshteh', 'Farnaz', 'Goli',
  'Hengameh', 'Jaleh', 'Kimia', 'Mahtab', 'Marjan', 'Mehri', 'Mojgan', 'Nahid', 'Negar', 'Pari',
  'Parvin', 'Pegah', 'Sepideh', 'Shadi', 'Shiva', 'Sima', 'Soheila', 'Yalda', 'Zohreh', 'Fawzia',
  'Malalai', 'Shukria', 'Mahbouba', 'Fereshta', 'Sahraa', 'Zarifa', 'Rahima', 'Nilab', 'Hasina',
  'Shabana',
  // Hebrew and Israeli.
  'Golda', 'Tzipi', 'Zipi', 'Miri', 'Michal', 'Noa', 'Shira', 'Tamar', 'Yael', 'Jael', 'Naama',
  'Orit', 'Ayelet', 'Einat', 'Efrat', 'Hila', 'Inbal', 'Keren', 'Liat', 'Limor', 'Merav', 'Osnat',
  'Rivka', 'Shani', 'Talia', 'Tal', 'Gal', 'Yarden', 'Dafna', 'Galit', 'Hadas', 'Ronit', 'Sigal',
  'Rut', 'Dvora', 'Debora', 'Batya', 'Chana', 'Chaja', 'Gila', 'Ilana', 'Irit', 'Levana', 'Nili',
  'Nurit', 'Ofra', 'Shoshana', 'Tova', 'Tzvia', 'Yehudit', 'Zehava', 'Agam', 'Liri', 'Romi',
  'Daniella',
  // Chinese, given names of people often named in the news.
  'Chunying', 'Ning', 'Ing-wen', 'Liyuan', 'Shuai', 'Mei', 'Ling', 'Xiaomei', 'Xiaoyan', 'Xiaohong',
  'Wenwen', 'Jiayi', 'Meiling', 'Hsiao-ling', 'Bi-khim', 'Hsiao-bi',
  // Japanese and Korean.
  'Sanae', 'Yuriko', 'Masako', 'Aiko', 'Yoko', 'Yuki', 'Keiko', 'Yumiko', 'Hiroko', 'Kaori',
  'Mariko', 'Sakura', 'Haruka', 'Emi', 'Akiko', 'Noriko', 'Tomoko', 'Naoko', 'Michiko', 'Ayumi',
  'Mayumi', 'Kyoko', 'Sachiko', 'Yoshiko', 'Kazuko', 'Junko', 'Reiko', 'Mami', 'Mika', 'Miki',
  'Rie', 'Rin', 'Saori', 'Takako', 'Yui', 'Yukiko', 'Chieko', 'Megumi', 'Hikari', 'Momoko',
  'Yo-jong', 'Geun-hye', 'Kyung-wha', 'Ji-yeon', 'Seo-yeon', 'Ha-eun', 'Min-ji', 'Soo-yeon',
  'Ji-hyun', 'Eun-ji', 'Yuna', 'Hye-jin',
  // South and Southeast Asian.
  'Priyanka', 'Indira', 'Usha', 'Priya', 'Anjali', 'Deepika', 'Aishwarya', 'Shreya', 'Lakshmi',
  'Radhika', 'Neha', 'Pooja', 'Kavita', 'Sunita', 'Arundhati', 'Benazir', 'Hina', 'Yingluck',
  'Paetongtarn', 'Corazon', 'Imelda', 'Megawati', 'Halimah', 'Nirmala', 'Smriti', 'Mamata',
  'Mehbooba', 'Nasreen', 'Taslima', 'Vandana', 'Medha', 'Kiran', 'Kalpana', 'Sania', 'Mithali',
  'Jhumpa', 'Nandini', 'Rupi', 'Padma', 'Aditi', 'Meena', 'Rekha', 'Shilpa', 'Swati', 'Uma',
  'Vidya',
  // African and Afro-diasporic.
  'Wangari', 'Samia', 'Chimamanda', 'Fatou', 'Awa', 'Mariama', 'Sahle-Work', 'Winnie', 'Leymah',
  'Nkosazana', 'Thuli', 'Lindiwe', 'Naledi', 'Nomvula', 'Thandeka', 'Zanele', 'Yaa', 'Ama',
  'Akosua', 'Efua', 'Abena', 'Adaeze', 'Chioma', 'Funmilayo', 'Folake', 'Ifeoma', 'Nneka',
  'Oluwaseun', 'Yetunde', 'Wanjiru', 'Njeri', 'Akinyi', 'Achieng', 'Nyokabi', 'Hafsat', 'Binta',
  'Khadidja', 'Kadiatou', 'Oumou', 'Rokia', 'Salimata', 'Safiatou', 'Djeneba', 'Hawa', 'Bineta',
  'Aïssa', 'Aïssatou', 'Asha', 'Saba', 'Selam', 'Meron', 'Tsion', 'Hiwot', 'Birtukan', 'Makeda',
  'Faith', 'Vivian', 'Precious', 'Blessing',
  // Unisex names given to women too; also listed as male names.
  'Alex', 'Chris', 'Charlie', 'Jamie', 'Sam', 'Robin', 'Eike', 'Helge', 'Sascha', 'Sasha', 'Nikola',
  'Michele', 'Leslie', 'Morgan', 'Jordan', 'Lindsey', 'Alexis', 'Luca', 'Kay', 'Ariel', 'Jackie',
  'Marian', 'Jo', 'Makoto', 'Hikaru', 'Casey', 'Quinn', 'Ronnie', 'Jessie', 'Frankie'
])

/**
 * Given names usually given to boys and men, as written (capitalised).
 *
 * Curated by the zitat authors: German, Austrian and Swiss names of all
 * generations, and international names frequent in German news. Left out
 * are surnames, titles and names whose ordinary-word reading dominates;
 * unisex names are in both this set and {@link femaleFirstNames}.
 */
export const maleFirstNames: ReadonlySet<string> = new Set([
  // German-speaking, born before about 1945: grandfathers and post-war public figures.
  'Hans', 'Heinz', 'Karl', 'Carl', 'Kurt', 'Walter', 'Walther', 'Werner', 'Helmut', 'Helmuth',
  'Gerhard', 'Günter', 'Günther', 'Gunter', 'Gunther', 'Herbert', 'Horst', 'Klaus', 'Claus',
  'Dieter', 'Manfred', 'Wolfgang', 'Jürgen', 'Peter', 'Hermann', 'Rudolf', 'Rudi', 'Willi', 'Willy',
  'Wilhelm', 'Friedrich', 'Fritz', 'Georg', 'Otto', 'Ernst', 'Erich', 'Franz', 'Josef', 'Joseph',
  'Johann', 'Johannes', 'Ludwig', 'Heinrich', 'Paul', 'Max', 'Alfred', 'Albert', 'August', 'Anton',
  'Alois', 'Arnold', 'Arthur', 'Artur', 'Bernhard', 'Bruno', 'Dietrich', 'Eberhard', 'Edgar',
  'Eduard', 'Egon', 'Emil', 'Erhard', 'Erwin', 'Eugen', 'Ewald', 'Ferdinand', 'Fred', 'Gottfried',
  'Gustav', 'Hartmut', 'Heribert', 'Hubert', 'Hugo', 'Julius', 'Konrad', 'Conrad', 'Kuno',
  'Leopold', 'Lothar', 'Ludger', 'Oskar', 'Reinhard', 'Reinhold', 'Richard', 'Robert', 'Rolf',
  'Rüdiger', 'Siegfried', 'Theodor', 'Theo', 'Waldemar', 'Wilfried', 'Winfried', 'Adalbert',
  'Albin', 'Alban', 'Ambros', 'Anselm', 'Arnulf', 'Bartholomäus', 'Berthold', 'Bertold', 'Bertolt',
  'Emmerich', 'Engelbert', 'Erasmus', 'Gebhard', 'Gottlieb', 'Gotthard', 'Gotthold', 'Hieronymus',
  'Ignaz', 'Isidor', 'Kasimir', 'Leander', 'Luitpold', 'Meinrad', 'Notker', 'Odilo', 'Pius',
  'Raimund', 'Rupert', 'Ruprecht', 'Siegmund', 'Sigmund', 'Siegbert', 'Theobald', 'Thaddäus',
  'Urban', 'Veit', 'Vinzenz', 'Wenzel', 'Xaver', 'Adolf', 'Armin', 'Baldur', 'Detlef', 'Detlev',
  'Friedhelm', 'Gerd', 'Gert', 'Hannes', 'Harald', 'Heiner', 'Helmar', 'Hinrich', 'Jupp', 'Sepp',
  'Ottmar', 'Otmar', 'Wendelin', 'Wigand', 'Wolf', 'Wolfram', 'Hansjörg', 'Hanns', 'Kunibert',
  'Lambert', 'Norbert', 'Ortwin', 'Volkmar', 'Gustl', 'Ferdl', 'Poldi', 'Schorsch', 'Hias', 'Pepi',
  // German-speaking, born about 1945 to 1980.
  'Andreas', 'Michael', 'Thomas', 'Stefan', 'Stephan', 'Frank', 'Bernd', 'Berndt', 'Uwe', 'Ralf',
  'Ralph', 'Jörg', 'Joachim', 'Jochen', 'Achim', 'Markus', 'Marcus', 'Martin', 'Matthias',
  'Mathias', 'Holger', 'Ulrich', 'Uli', 'Olaf', 'Oliver', 'Reiner', 'Rainer', 'Roland', 'Sven',
  'Swen', 'Thorsten', 'Torsten', 'Volker', 'Axel', 'Burkhard', 'Christian', 'Christoph', 'Christof',
  'Dirk', 'Dietmar', 'Eckart', 'Eckhard', 'Eckhart', 'Elmar', 'Falk', 'Friedemann', 'Frieder',
  'Gernot', 'Gerald', 'Gregor', 'Guido', 'Hagen', 'Heiko', 'Helge', 'Hendrik', 'Henning', 'Herwig',
  'Ingo', 'Jan', 'Jens', 'Jost', 'Kai', 'Kay', 'Karsten', 'Carsten', 'Knut', 'Lars', 'Lutz',
  'Malte', 'Marc', 'Marco', 'Mario', 'Mark', 'Norman', 'René', 'Rene', 'Ronald', 'Sigmar',
  'Steffen', 'Tilman', 'Tillmann', 'Till', 'Tobias', 'Udo', 'Ulf', 'Wieland', 'Björn', 'Boris',
  'Bodo', 'Clemens', 'Daniel', 'David', 'Frank-Walter', 'Franz-Josef', 'Hans-Dieter', 'Hans-Georg',
  'Hans-Jürgen', 'Hans-Joachim', 'Hans-Peter', 'Hans-Ulrich', 'Hans-Werner', 'Hans-Christian',
  'Hans-Dietrich', 'Hans-Gert', 'Heinz-Christian', 'Heinz-Peter', 'Karl-Heinz', 'Karlheinz',
  'Karl-Theodor', 'Klaus-Peter', 'Klaus-Dieter', 'Jan-Marco', 'Jan-Philipp', 'Paul-Gerhard',
  'Kai-Uwe', 'Peter-Michael', 'Hans-Jochen', 'Jörn', 'Lorenz', 'Marius', 'Matthäus', 'Nikolaus',
  'Olav', 'Patrick', 'Philipp', 'Reinhart', 'Roman', 'Sebastian', 'Siegmar', 'Tim', 'Timo',
  'Torben', 'Wolf-Dieter', 'Wolf-Rüdiger', 'Hansi', 'Hape', 'Berti', 'Joschka', 'Jogi', 'Olli',
  'Toni', 'Campino', 'Heino', 'Hardy', 'Benno', 'Enno', 'Ekkehard', 'Gunnar', 'Hajo', 'Henrik',
  'Ingolf', 'Janosch', 'Jobst', 'Kilian', 'Klemens', 'Meinhard', 'Nils', 'Niels', 'Rolf-Dieter',
  'Sönke', 'Tassilo', 'Thilo', 'Tilo', 'Wilko',
  // German-speaking, born after 1980: younger public figures, athletes, today's boys.
  'Alexander', 'Benjamin', 'Dennis', 'Dominik', 'Fabian', 'Felix', 'Florian', 'Jakob', 'Jacob',
  'Jonas', 'Jonathan', 'Julian', 'Justus', 'Kevin', 'Konstantin', 'Leon', 'Lennart', 'Lukas',
  'Lucas', 'Luka', 'Manuel', 'Marcel', 'Maximilian', 'Moritz', 'Niklas', 'Niclas', 'Nico', 'Niko',
  'Pascal', 'Philip', 'Rafael', 'Raphael', 'Robin', 'Ruben', 'Simon', 'Tom', 'Valentin', 'Vincent',
  'Yannick', 'Jannik', 'Janik', 'Jannis', 'Joshua', 'Marvin', 'Maik', 'Mike', 'Mirko', 'Patrik',
  'Ronny', 'Rico', 'Sandro', 'Silvio', 'Steve', 'Enrico', 'Danny', 'Tino', 'Ricardo', 'Elias',
  'Finn', 'Fynn', 'Ben', 'Noah', 'Louis', 'Luis', 'Henry', 'Henri', 'Mats', 'Matti', 'Lasse', 'Ole',
  'Piet', 'Linus', 'Levi', 'Liam', 'Milan', 'Mika', 'Jona', 'Emilio', 'Leo', 'Mattis', 'Jannes',
  'Bastian', 'Sascha', 'Marlon', 'Malik', 'Kerem', 'Jamal', 'Leroy', 'Serge', 'Mesut', 'Ilkay',
  'İlkay', 'Antonio', 'Joel', 'Jeremy', 'Jeremias', 'Tjark', 'Fiete', 'Hauke', 'Jasper', 'Jesper',
  'Kjell', 'Lennard', 'Lenny', 'Levin', 'Lias', 'Luk', 'Magnus', 'Matteo', 'Mattes', 'Maxim',
  'Michel', 'Mio', 'Nick', 'Quentin', 'Samuel', 'Severin', 'Thies', 'Tristan', 'Vitus', 'Yusuf',
  'Arian', 'Aaron', 'Adrian', 'Bennet', 'Carlo', 'Colin', 'Damian', 'Darius', 'Dario', 'Elia',
  'Eric', 'Erik', 'Fabio', 'Gabriel', 'Ilias', 'Jaron', 'Jonte', 'Joris', 'Lean', 'Len', 'Leonard',
  'Lian', 'Lio', 'Matthis', 'Milo', 'Mohammed', 'Nael', 'Nelio', 'Noel', 'Oscar', 'Pepe', 'Rayan',
  'Sami', 'Tiago', 'Timon', 'Vince', 'Yasin', 'Yunus', 'Bela', 'Béla', 'Jamie', 'Jan-Niklas',
  // North German and Frisian.
  'Arne', 'Bjarne', 'Broder', 'Eike', 'Gerrit', 'Hanno', 'Hinnerk', 'Ingwer', 'Jelto', 'Keno',
  'Lüder', 'Momme', 'Okko', 'Onno', 'Ove', 'Tade', 'Tammo', 'Wiard', 'Harm', 'Jürn', 'Meent',
  'Ocko', 'Ties', 'Arend',
  // Austria, Bavaria and South Tyrol.
  'Korbinian', 'Quirin', 'Balthasar', 'Kaspar', 'Melchior', 'Benedikt', 'Leonhard', 'Laurenz',
  'Ferry', 'Franzl', 'Schani', 'Beppo', 'Hartwig', 'Christopher', 'Othmar', 'Gerold', 'Tarek',
  'Niki', 'Gerfried',
  // Switzerland.
  'Ueli', 'Ignazio', 'Alain', 'Guy', 'Beat', 'Didier', 'Cédric', 'Thierry', 'Jürg', 'Roger', 'Jon',
  'Pirmin', 'Urs', 'Ruedi', 'Köbi', 'Hansruedi', 'Hanspeter', 'Hansueli', 'Reto', 'Gian', 'Gion',
  'Flurin', 'Andri', 'Mauro', 'Curdin', 'Luzi', 'Nicolo', 'Fredi', 'Livio', 'Silvan', 'Cyrill',
  'Nando', 'Remo', 'Yves', 'Yann', 'Loïc', 'Sämi', 'Kari', 'Claudio', 'Giorgio', 'Ivo', 'Joël',
  'Niklaus', 'Xherdan', 'Granit', 'Breel', 'Murat', 'Nino', 'Ramon',
  // English and American: common names and public figures.
  'Joe', 'Donald', 'Barack', 'Bill', 'George', 'Jimmy', 'John', 'James', 'William', 'Charles',
  'Matthew', 'Anthony', 'Steven', 'Andrew', 'Kenneth', 'Brian', 'Timothy', 'Jason', 'Jeffrey',
  'Jeff', 'Ryan', 'Gary', 'Nicholas', 'Stephen', 'Larry', 'Justin', 'Scott', 'Brandon', 'Gregory',
  'Raymond', 'Jack', 'Jerry', 'Tyler', 'Adam', 'Nathan', 'Zachary', 'Douglas', 'Kyle', 'Ethan',
  'Keith', 'Terry', 'Austin', 'Sean', 'Harold', 'Dylan', 'Lawrence', 'Jordan', 'Jesse', 'Bryan',
  'Billy', 'Bruce', 'Logan', 'Alan', 'Willie', 'Elijah', 'Wayne', 'Randy', 'Mason', 'Roy', 'Bobby',
  'Russell', 'Bradley', 'Eugene', 'Hunter', 'JD', 'Elon', 'Pete', 'Kash', 'Ron', 'Vivek', 'Mitch',
  'Chuck', 'Hakeem', 'Ted', 'Lindsey', 'Bernie', 'Gavin', 'Josh', 'Rahm', 'Antony', 'Jake', 'Lloyd',
  'Merrick', 'Jerome', 'Barron', 'Jared', 'Rudy', 'Rudolph', 'Matt', 'Tucker', 'Bret', 'Brett',
  'Clarence', 'Neil', 'Sam', 'Sundar', 'Satya', 'Jensen', 'Sergey', 'Warren', 'Demis', 'Geoffrey',
  'Noam', 'Bob', 'Mick', 'Ringo', 'Elton', 'Ed', 'Brad', 'Leonardo', 'Johnny', 'Keanu', 'Denzel',
  'Will', 'Harrison', 'Clint', 'Wes', 'Ridley', 'Kanye', 'Timothée', 'Cillian', 'Hugh', 'Idris',
  'Benedict', 'Jude', 'Chris', 'Dwayne', 'Sylvester', 'Jackie', 'Keir', 'Rishi', 'Tony', 'Gordon',
  'Nigel', 'Sadiq', 'Humza', 'Grant', 'Dominic', 'Harry', 'Edward', 'Pierre', 'Jim', 'Dick', 'Newt',
  'Mitt', 'Rand', 'Beau', 'Lewis', 'Toto', 'LeBron', 'Kobe', 'Usain', 'Shohei', 'Kirk', 'Charlie',
  'Owen', 'Rory', 'Declan', 'Conor', 'Seamus', 'Fintan', 'Cormac', 'Ciaran', 'Eamon', 'Enda',
  'Micheál', 'Bertie', 'Gerry', 'Alastair', 'Angus', 'Callum', 'Ewan', 'Fraser', 'Hamish', 'Iain',
  'Ian', 'Malcolm', 'Rhodri', 'Rhys', 'Gareth', 'Dafydd', 'Huw', 'Aled', 'Alun', 'Emlyn', 'Quincy',
  'Shaquille', 'Kareem', 'Derek', 'Dustin', 'Edwin', 'Franklin', 'Glenn', 'Howard', 'Jay',
  'Jeffery', 'Kenny', 'Lance', 'Luke', 'Melvin', 'Milton', 'Morris', 'Nelson', 'Orlando', 'Randall',
  'Rex', 'Rodney', 'Seth', 'Shane', 'Stanley', 'Stuart', 'Terrence', 'Todd', 'Travis', 'Troy',
  'Vernon', 'Victor', 'Wesley',
  // French, Belgian and Luxembourgish.
  'Emmanuel', 'Édouard', 'Edouard', 'Jean', 'Jean-Luc', 'Jean-Marie', 'Jean-Pierre', 'Jean-Claude',
  'Jean-Yves', 'Jean-Noël', 'Jean-Louis', 'Jean-Paul', 'Jean-Michel', 'Jean-Jacques',
  'Jean-François', 'Jean-Baptiste', 'Jean-Marc', 'Jean-Christophe', 'Jean-Philippe', 'Nicolas',
  'François', 'Francois', 'Jacques', 'Lionel', 'Gérald', 'Sébastien', 'Sebastien', 'Olivier',
  'Laurent', 'Éric', 'Philippe', 'Christophe', 'Stéphane', 'Julien', 'Mathieu', 'Matthieu',
  'Benoît', 'Benoit', 'Arnaud', 'Xavier', 'Gilles', 'Franck', 'Frédéric', 'Fabien', 'Raphaël',
  'Rémi', 'Rémy', 'Hervé', 'Guillaume', 'Antoine', 'Alexis', 'Clément', 'Jérôme', 'Jérémie',
  'Ludovic', 'Maxime', 'Patrice', 'Régis', 'Thibault', 'Thibaut', 'Valéry', 'Zinédine', 'Kylian',
  'Karim', 'Ousmane', 'Aurélien', 'Bernard', 'Damien', 'Denis', 'Dominique', 'Edmond', 'Étienne',
  'Gaspard', 'Gérard', 'Gustave', 'Honoré', 'Jules', 'Léon', 'Luc', 'Lucien', 'Mathis', 'Mehdi',
  'Noël', 'Sacha', 'Théo', 'Yoann', 'Gaël', 'Hadrien', 'Enzo', 'Adrien', 'Alexandre', 'André',
  'Baptiste', 'Bastien', 'Claude', 'Elio', 'Fabrice', 'Frédérick', 'Georges', 'Grégoire', 'Jacky',
  'Kévin', 'Romain', 'Sylvain', 'Yanis', 'Bart', 'Dries', 'Filip', 'Herman', 'Romelu', 'Koen',
  // Italian.
  'Sergio', 'Giuseppe', 'Romano', 'Paolo', 'Luigi', 'Massimo', 'Francesco', 'Alessandro', 'Luca',
  'Lorenzo', 'Gianni', 'Giovanni', 'Roberto', 'Stefano', 'Federico', 'Filippo', 'Giacomo', 'Pietro',
  'Riccardo', 'Salvatore', 'Vincenzo', 'Umberto', 'Vittorio', 'Emanuele', 'Ettore', 'Fabrizio',
  'Gennaro', 'Gianluca', 'Gianluigi', 'Giulio', 'Maurizio', 'Raffaele', 'Renato', 'Valerio',
  'Attilio', 'Beppe', 'Corrado', 'Daniele', 'Davide', 'Domenico', 'Edoardo', 'Franco', 'Gabriele',
  'Ottavio', 'Pier', 'Piero', 'Pierpaolo', 'Rocco', 'Tommaso', 'Ugo', 'Angelo', 'Alberto', 'Aldo',
  'Alfredo', 'Adriano', 'Alessio', 'Alfonso', 'Amedeo', 'Andrea', 'Arturo', 'Benito', 'Carmine',
  'Cesare', 'Ciro', 'Cristiano', 'Diego', 'Ermanno', 'Fausto', 'Flavio', 'Gaetano', 'Gianfranco',
  'Gianpiero', 'Giancarlo', 'Giampaolo', 'Guglielmo', 'Italo', 'Lamberto', 'Leone', 'Lino',
  'Luciano', 'Marcello', 'Mariano', 'Mattia', 'Michele', 'Nicola', 'Nicolò', 'Niccolò', 'Oreste',
  'Osvaldo', 'Pasquale', 'Raimondo', 'Renzo', 'Rinaldo', 'Romeo', 'Rosario', 'Sabino', 'Samuele',
  'Santo', 'Saverio', 'Severino', 'Silvano', 'Simone', 'Teodoro', 'Tiziano', 'Valentino', 'Vasco',
  'Vito', 'Zeno', 'Gigi', 'Totò', 'Pippo',
  // Spanish, Portuguese and Latin American.
  'Pedro', 'Pablo', 'Santiago', 'José', 'Jose', 'Carlos', 'Juan', 'Jorge', 'Francisco', 'Fernando',
  'Felipe', 'Miguel', 'Alejandro', 'Raúl', 'Raul', 'Ramón', 'Enrique', 'Ignacio', 'Iñigo', 'Íñigo',
  'Xavi', 'Xabi', 'Andrés', 'Álvaro', 'Alvaro', 'Óscar', 'Rodrigo', 'Rubén', 'Salvador', 'Tomás',
  'Víctor', 'Vicente', 'Gonzalo', 'Guillermo', 'Joaquín', 'Marcelo', 'Martín', 'Leonel', 'Ángel',
  'Eduardo', 'Fidel', 'Ernesto', 'Augusto', 'Nayib', 'Gustavo', 'Javier', 'Nicolás', 'Evo',
  'Mauricio', 'Sebastián', 'João', 'Joao', 'António', 'Luís', 'Paulo', 'Rui', 'Ronaldo', 'Neymar',
  'Vinícius', 'Vinicius', 'Geraldo', 'Flávio', 'Sérgio', 'Tarcísio', 'Inácio', 'Jair', 'Luiz',
  'Aécio', 'Fernão', 'Mário', 'Nuno', 'Bernardo', 'Duarte', 'Gonçalo', 'Henrique', 'Joaquim',
  'Rúben', 'Adolfo', 'Agustín', 'Benjamín', 'Borja', 'Carles', 'César', 'Cristóbal', 'Domingo',
  'Esteban', 'Feliciano', 'Gerardo', 'Gilberto', 'Héctor', 'Hernán', 'Horacio', 'Iker', 'Isidro',
  'Jaime', 'Jordi', 'Josep', 'Julio', 'Marcos', 'Mateo', 'Matías', 'Maximiliano', 'Norberto',
  'Omar', 'Oriol', 'Pau', 'Pere', 'Ramiro', 'Reinaldo', 'Rogelio', 'Rolando', 'Santos', 'Ulises',
  'Valentín', 'Ismael', 'Álex', 'Dani', 'Pep', 'Rafa', 'Nacho', 'Paco', 'Quique', 'Kiko', 'Iván',
  // Dutch and Flemish.
  'Geert', 'Frans', 'Wopke', 'Ruud', 'Johan', 'Arjen', 'Virgil', 'Frenkie', 'Memphis', 'Guus',
  'Joost', 'Pieter', 'Jeroen', 'Willem', 'Willem-Alexander', 'Wim', 'Henk', 'Kees', 'Bas', 'Bram',
  'Daan', 'Hein', 'Huub', 'Jaap', 'Joep', 'Jos', 'Luuk', 'Maarten', 'Mees', 'Niek', 'Rik', 'Rob',
  'Roel', 'Sander', 'Sjoerd', 'Stijn', 'Teun', 'Thijs', 'Tijs', 'Wouter', 'Caspar', 'Cor', 'Dolf',
  'Fons', 'Freek', 'Gijs', 'Hidde', 'Jelle', 'Klaas', 'Lodewijk', 'Mathijs', 'Menno', 'Reinier',
  'Rutger', 'Siem', 'Twan', 'Wiebe', 'Wybren', 'Ard', 'Arie', 'Gert-Jan', 'Jan-Peter', 'Stef',
  // Scandinavian, Finnish and Icelandic.
  'Petteri', 'Sauli', 'Antti', 'Anders', 'Olof', 'Haakon', 'Håkon', 'Sigurd', 'Leif', 'Bjørn',
  'Gustaf', 'Per', 'Pål', 'Rasmus', 'Mads', 'Mikkel', 'Søren', 'Frederik', 'Morten', 'Kasper',
  'Espen', 'Kjetil', 'Terje', 'Trond', 'Odd', 'Ola', 'Oddvar', 'Øystein', 'Ivar', 'Ingvar', 'Arvid',
  'Torbjörn', 'Torbjørn', 'Jussi', 'Juha', 'Jari', 'Kimi', 'Mikko', 'Pekka', 'Teemu', 'Valtteri',
  'Markku', 'Martti', 'Urho', 'Ville', 'Aki', 'Kalle', 'Esa', 'Tapio', 'Tuomas', 'Jyrki', 'Jarmo',
  'Erling', 'Bengt', 'Göran', 'Håkan', 'Ingemar', 'Jimmie', 'Mattias', 'Mikael', 'Ulrik', 'Viggo',
  'Zlatan', 'Bjarni', 'Guðni', 'Sigmundur', 'Steingrímur', 'Dagur', 'Kristian', 'Thorvald', 'Roald',
  'Fridtjof',
  // Polish.
  'Jarosław', 'Jaroslaw', 'Andrzej', 'Mateusz', 'Radosław', 'Radoslaw', 'Rafał', 'Rafal', 'Szymon',
  'Karol', 'Tomasz', 'Piotr', 'Paweł', 'Pawel', 'Krzysztof', 'Wojciech', 'Zbigniew', 'Lech',
  'Jacek', 'Marek', 'Grzegorz', 'Łukasz', 'Lukasz', 'Kamil', 'Jakub', 'Michał', 'Michal', 'Bartosz',
  'Janusz', 'Władysław', 'Wladyslaw', 'Bronisław', 'Aleksander', 'Antoni', 'Bogdan', 'Czesław',
  'Dariusz', 'Henryk', 'Jerzy', 'Józef', 'Kazimierz', 'Leszek', 'Maciej', 'Mariusz', 'Mirosław',
  'Przemysław', 'Ryszard', 'Sławomir', 'Stanisław', 'Tadeusz', 'Wiesław', 'Witold', 'Zygmunt',
  'Arkadiusz', 'Dawid', 'Igor', 'Patryk', 'Wojtek', 'Przemek',
  // Czech, Slovak, Hungarian, Romanian and Baltic.
  'Petr', 'Andrej', 'Miloš', 'Milos', 'Václav', 'Vaclav', 'Jiří', 'Jiri', 'Tomáš', 'Tomas', 'Pavel',
  'Karel', 'Zdeněk', 'Vladimír', 'Lukáš', 'Ondřej', 'Jaroslav', 'Bohuslav', 'Vít', 'Vojtěch',
  'Jindřich', 'Ladislav', 'Libor', 'Miroslav', 'Radek', 'Stanislav', 'Vlastimil', 'Zbyněk', 'Juraj',
  'Ľudovít', 'Viktor', 'Péter', 'Gábor', 'László', 'Zoltán', 'Ferenc', 'István', 'Tamás', 'János',
  'Attila', 'Balázs', 'Csaba', 'Gergely', 'Imre', 'Lajos', 'Sándor', 'Zsolt', 'Ákos', 'Nicolae',
  'Ion', 'Mihai', 'Vasile', 'Călin', 'Gheorghe', 'Traian', 'Crin', 'Dan', 'Florin', 'Cristian',
  'Sorin', 'Gitanas', 'Edgars', 'Krišjānis', 'Alar', 'Kristen', 'Gabrielius', 'Egils', 'Märt',
  'Toomas', 'Valdis', 'Artis', 'Arvydas', 'Saulius', 'Dalius', 'Linas', 'Andrius', 'Vytautas',
  'Algirdas', 'Raimonds', 'Kaspars', 'Jüri', 'Urmas', 'Lauri', 'Andrus', 'Jaak', 'Mart',
  // Serbian, Croatian, Bosnian, Slovenian, Montenegrin, Albanian and Bulgarian.
  'Aleksandar', 'Zoran', 'Goran', 'Dragan', 'Milorad', 'Slobodan', 'Marko', 'Nikola', 'Novak',
  'Dejan', 'Stipe', 'Zlatko', 'Srđan', 'Srdjan', 'Ivica', 'Davor', 'Borut', 'Janez', 'Milojko',
  'Željko', 'Zeljko', 'Predrag', 'Vojislav', 'Vuk', 'Ratko', 'Radovan', 'Ante', 'Franjo',
  'Tomislav', 'Hrvoje', 'Josip', 'Mate', 'Mladen', 'Stjepan', 'Zvonimir', 'Alija', 'Bakir', 'Dino',
  'Edin', 'Emir', 'Haris', 'Kemal', 'Mirza', 'Muhamed', 'Nermin', 'Safet', 'Senad', 'Hasan', 'Edi',
  'Sali', 'Ilir', 'Ismail', 'Agim', 'Arben', 'Bujar', 'Fatmir', 'Hashim', 'Ibrahim', 'Kujtim',
  'Veton', 'Blerim', 'Ardian', 'Rumen', 'Boyko', 'Bojko', 'Kiril', 'Georgi', 'Hristo', 'Ivaylo',
  'Krasimir', 'Nikolai', 'Plamen', 'Rossen', 'Todor', 'Valeri', 'Grigor', 'Dimitar', 'Zhivko',
  // Russian, Ukrainian and Belarusian.
  'Wladimir', 'Vladimir', 'Wolodymyr', 'Volodymyr', 'Dmitri', 'Dmitrij', 'Dmitry', 'Dmytro',
  'Sergej', 'Sergei', 'Serhij', 'Serhiy', 'Andrij', 'Andriy', 'Andrei', 'Alexej', 'Alexei',
  'Alexey', 'Oleksij', 'Oleksiy', 'Olexij', 'Oleksandr', 'Olexander', 'Aljaksandr', 'Michail',
  'Mikhail', 'Mykhailo', 'Mychajlo', 'Nikolaj', 'Mykola', 'Iwan', 'Ivan', 'Pjotr', 'Pyotr', 'Petro',
  'Pawlo', 'Jewgeni', 'Jewgenij', 'Yevgeny', 'Jewhen', 'Yevhen', 'Witali', 'Vitali', 'Vitalij',
  'Vitaly', 'Wiktor', 'Juri', 'Jurij', 'Yuri', 'Yury', 'Gennadi', 'Gennady', 'Ihor', 'Oleg', 'Oleh',
  'Anatoli', 'Anatolij', 'Anatoly', 'Leonid', 'Ruslan', 'Ramsan', 'Ramzan', 'Arkadi', 'Arkady',
  'Waleri', 'Walerij', 'Valery', 'Valerii', 'Valeriy', 'Kyrylo', 'Kirill', 'Denys', 'Rustem',
  'Arsenij', 'Arseniy', 'Wjatscheslaw', 'Vyacheslav', 'Ilja', 'Ilya', 'Maksym', 'Nikita',
  'Stanislaw', 'Taras', 'Timur', 'Wadim', 'Vadim', 'Wassili', 'Vasily', 'Wassyl', 'Vasyl',
  'Yaroslav', 'Bohdan', 'Danylo', 'Artem', 'Artjom', 'Jegor', 'Yegor', 'Fjodor', 'Fyodor', 'Lew',
  'Lev', 'Grigori', 'Grigory', 'Garri', 'Jakow', 'Yakov', 'Kuzma', 'Lavrenti', 'Matwej', 'Matvey',
  'Platon', 'Rodion', 'Semjon', 'Semyon', 'Sergij', 'Stepan', 'Swjatoslaw', 'Sviatoslav', 'Tichon',
  'Trofim', 'Walentin', 'Wenedikt', 'Wladislaw', 'Vladislav', 'Wsewolod', 'Vsevolod', 'Zakhar',
  'Achmat', 'Akhmad', 'Dschochar', 'Ilham', 'Nikol', 'Serzh', 'Levan', 'Mikheil', 'Irakli',
  'Bidsina', 'Bidzina', 'Giorgi', 'Zurab', 'Kassym-Schomart', 'Nursultan', 'Schawkat', 'Emomali',
  'Sadyr', 'Gurbanguly', 'Serdar',
  // Greek and Cypriot.
  'Kyriakos', 'Giorgos', 'Georgios', 'Konstantinos', 'Kostas', 'Nikos', 'Nikolaos', 'Dimitris',
  'Dimitrios', 'Yannis', 'Giannis', 'Ioannis', 'Stefanos', 'Evangelos', 'Vangelis', 'Christos',
  'Panagiotis', 'Panos', 'Vassilis', 'Vasilis', 'Apostolos', 'Sokratis', 'Thanasis', 'Athanasios',
  'Antonis', 'Aris', 'Costas', 'Grigoris', 'Lefteris', 'Manolis', 'Markos', 'Michalis', 'Miltiadis',
  'Nikitas', 'Pavlos', 'Petros', 'Spyros', 'Stavros', 'Takis', 'Theodoros', 'Thodoris', 'Nicos',
  'Tassos', 'Prokopis', 'Anastasios', 'Stelios', 'Odysseas', 'Stathis', 'Yiannis',
  // Turkish and Kurdish.
  'Recep', 'Tayyip', 'Ekrem', 'Mustafa', 'Mehmet', 'Ahmet', 'Ali', 'Hüseyin', 'İbrahim', 'Cem',
  'Can', 'Emre', 'Burak', 'Serkan', 'Volkan', 'Hakan', 'Tarkan', 'Ömer', 'Omer', 'Osman', 'Selim',
  'Orhan', 'Deniz', 'Cengiz', 'Erdal', 'Erol', 'Fatih', 'Ozan', 'Onur', 'Uğur', 'Ugur', 'Tolga',
  'Taner', 'Kenan', 'Sinan', 'Levent', 'Metin', 'Ersin', 'Erkan', 'Gökhan', 'Hamza', 'Enes',
  'Furkan', 'Oğuz', 'Oguz', 'Tuncay', 'Cihan', 'Bülent', 'Necmettin', 'Devlet', 'Abdullah', 'Ahmed',
  'Akın', 'Akif', 'Alp', 'Arda', 'Aydın', 'Aydin', 'Barış', 'Baris', 'Batuhan', 'Berk', 'Bilal',
  'Caner', 'Cemal', 'Cemil', 'Doğan', 'Dogan', 'Ercan', 'Eren', 'Ertuğrul', 'Feridun', 'Halil',
  'Haluk', 'Hayri', 'Hikmet', 'Hulusi', 'İlhan', 'Ilhan', 'İsmail', 'İsmet', 'Kadir', 'Kaan',
  'Kazım', 'Koray', 'Kürşat', 'Mahmut', 'Mert', 'Mevlüt', 'Muharrem', 'Nail', 'Namık', 'Nazım',
  'Nedim', 'Necati', 'Numan', 'Nuri', 'Okan', 'Özgür', 'Rıza', 'Sabri', 'Sadi', 'Sait', 'Salih',
  'Sedat', 'Selahattin', 'Semih', 'Suat', 'Süleyman', 'Şahin', 'Şükrü', 'Tahir', 'Talat', 'Tamer',
  'Tevfik', 'Turgut', 'Ümit', 'Umut', 'Vahit', 'Veli', 'Yakup', 'Yavuz', 'Yılmaz', 'Yilmaz',
  'Zafer', 'Zeki', 'Adnan', 'Aziz', 'Fikri', 'Selçuk', 'Serhat', 'Taylan', 'Turgay', 'Ufuk', 'Ziya',
  'Mazlum', 'Sezai', 'Sırrı', 'Tuncer', 'Gökay', 'Yüksel',
  // Arabic and North African.
  'Muhammad', 'Mohamed', 'Mohammad', 'Muhammed', 'Mohamad', 'Mehmed', 'Ahmad', 'Hassan', 'Hussein',
  'Husein', 'Hussain', 'Umar', 'Khaled', 'Khalid', 'Chalid', 'Mahmoud', 'Mahmud', 'Youssef',
  'Yousef', 'Youssif', 'Abdel', 'Abdul', 'Abdallah', 'Walid', 'Tariq', 'Rami', 'Samir', 'Nabil',
  'Dschamal', 'Bashar', 'Baschar', 'Hafis', 'Hafez', 'Saddam', 'Yassir', 'Jassir', 'Yasser',
  'Marwan', 'Hani', 'Fadi', 'Ayman', 'Osama', 'Usama', 'Hamid', 'Faisal', 'Fahd', 'Salman', 'Abbas',
  'Hisham', 'Hischam', 'Imad', 'Issa', 'Kamal', 'Majid', 'Maher', 'Mansour', 'Nasser', 'Naser',
  'Nizar', 'Qassem', 'Rashid', 'Raschid', 'Riad', 'Saad', 'Said', 'Salah', 'Salim', 'Tamim', 'Wael',
  'Yahya', 'Jahja', 'Ziad', 'Zaid', 'Zayed', 'Adel', 'Amir', 'Anas', 'Ayoub', 'Emad', 'Faris',
  'Ghassan', 'Habib', 'Haitham', 'Hamdan', 'Husam', 'Iyad', 'Jaber', 'Khalil', 'Latif', 'Luay',
  'Mazen', 'Moussa', 'Musa', 'Munir', 'Qais', 'Ramzi', 'Samer', 'Sharif', 'Taha', 'Talal', 'Tawfiq',
  'Wissam', 'Yazid', 'Ashraf', 'Fuad', 'Fouad', 'Anwar', 'Hosni', 'Muammar', 'Abdelaziz',
  'Abdelkader', 'Abdelmadjid', 'Abdelilah', 'Abdulaziz', 'Abdulhamid', 'Abdulrahman', 'Abdullahi',
  'Ammar', 'Amr', 'Bassam', 'Bassel', 'Fahim', 'Fawaz', 'Ghazi', 'Hakim', 'Hamad', 'Hazem', 'Hosam',
  'Ihab', 'Jassem', 'Kais', 'Kassem', 'Lutfi', 'Mahdi', 'Marouane', 'Mounir', 'Mourad', 'Mukhtar',
  'Nabih', 'Nadim', 'Nour', 'Omran', 'Othman', 'Rachid', 'Ramadan', 'Rashad', 'Rida', 'Sadek',
  'Saif', 'Sayed', 'Sofiane', 'Suleiman', 'Sulaiman', 'Tawfik', 'Wahid', 'Yassin', 'Younes',
  'Younis', 'Zakaria', 'Zakariya', 'Zinedine', 'Achraf', 'Riyad', 'Yacine', 'Yahia',
  // Persian, Afghan and Pakistani.
  'Ebrahim', 'Hossein', 'Masoud', 'Massud', 'Mohsen', 'Reza', 'Javad', 'Dschawad', 'Omid', 'Navid',
  'Kian', 'Arash', 'Babak', 'Behnam', 'Bijan', 'Cyrus', 'Dariush', 'Farhad', 'Farid', 'Hamed',
  'Jafar', 'Kaveh', 'Kourosh', 'Mehran', 'Morteza', 'Nader', 'Payam', 'Peyman', 'Ramin', 'Saeed',
  'Shahin', 'Siamak', 'Sina', 'Yashar', 'Jamshid', 'Ruhollah', 'Akbar', 'Alireza', 'Amin',
  'Ardeshir', 'Bahram', 'Dariusch', 'Esmail', 'Hashem', 'Kazem', 'Mojtaba', 'Mostafa', 'Nasrollah',
  'Parviz', 'Pouria', 'Qasem', 'Rostam', 'Saman', 'Shahram', 'Shervin', 'Soroush', 'Vahid',
  'Zabihullah', 'Haibatullah', 'Sirajuddin', 'Gulbuddin', 'Amrullah', 'Massoud', 'Asadullah',
  'Amanullah', 'Nawaz', 'Shehbaz', 'Imran', 'Asif', 'Bilawal', 'Pervez', 'Zulfikar', 'Shahid',
  'Babar', 'Wasim', 'Shoaib', 'Junaid', 'Usman', 'Fawad', 'Farooq', 'Saqib', 'Zubair',
  // Hebrew and Israeli.
  'Yair', 'Naftali', 'Benny', 'Gideon', 'Itamar', 'Bezalel', 'Jitzchak', 'Yitzhak', 'Isaac', 'Avi',
  'Avraham', 'Ehud', 'Schimon', 'Shimon', 'Mosche', 'Moshe', 'Yoav', 'Joav', 'Gadi', 'Amos', 'Eli',
  'Uri', 'Yuval', 'Ariel', 'Ilan', 'Gil', 'Ronen', 'Yossi', 'Jossi', 'Tzachi', 'Chaim', 'Haim',
  'Shlomo', 'Schlomo', 'Aharon', 'Zvi', 'Avigdor', 'Itzik', 'Hersh', 'Yonatan', 'Jonatan', 'Nadav',
  'Eyal', 'Assaf', 'Dov', 'Elad', 'Elior', 'Erez', 'Eitan', 'Etan', 'Gabi', 'Gilad', 'Hagai',
  'Idan', 'Itai', 'Itay', 'Lior', 'Matan', 'Meir', 'Menachem', 'Micha', 'Mordechai', 'Nir', 'Ofer',
  'Oren', 'Raz', 'Reuven', 'Roni', 'Sagi', 'Shai', 'Shaul', 'Tomer', 'Tzvi', 'Yehuda', 'Yigal',
  'Yosef', "Ze'ev", 'Zeev', 'Doron', 'Dror', 'Aryeh', 'Amnon', 'Avner', 'Asher', 'Binyamin',
  'Efraim', 'Ephraim', 'Gershon', 'Nachman', 'Pinchas', 'Rafi', 'Shmuel', 'Simcha', 'Yaakov',
  'Yechiel', 'Yehoshua', 'Yoel', 'Zalman',
  // Chinese, given names of people often named in the news.
  'Jinping', 'Keqiang', 'Qiang', 'Huning', 'Jiechi', 'Zedong', 'Xiaoping', 'Jintao', 'Jiabao',
  'Zemin', 'Ching-te', 'Wenliang', 'Weiwei', 'Xiaobo', 'Zhiqiang', 'Xiaoming', 'Kai-shek',
  'Yat-sen', 'Xilai', 'Yunshan', 'Zhengsheng', 'Zhaoxing', 'Liqun', 'Youwei', 'Yiwu', 'Tianyi',
  'Wenjun', 'Cixin', 'Jianlin', 'Yuanqing', 'Zhengfei', 'Yiming', 'Jiaqi', 'Ching-kuo', 'Teng-hui',
  'Shui-bian', 'Ying-jeou', 'Kuo-yu', 'Wen-je',
  // Japanese and Korean.
  'Shinzo', 'Fumio', 'Shigeru', 'Yoshihide', 'Yoshimasa', 'Naruhito', 'Akihito', 'Haruki', 'Hayao',
  'Kenji', 'Takeshi', 'Hiroshi', 'Taro', 'Junichiro', 'Naoki', 'Kazuo', 'Akira', 'Hiroki', 'Takumi',
  'Koji', 'Makoto', 'Ryuichi', 'Kei', 'Kenta', 'Yusuke', 'Yukio', 'Yoshiro', 'Toshimitsu', 'Nobuo',
  'Masahiro', 'Kenzaburo', 'Yasunari', 'Ichiro', 'Hideki', 'Hidetoshi', 'Shinji', 'Keisuke',
  'Kaoru', 'Daisuke', 'Tatsuya', 'Takashi', 'Tetsuya', 'Yoshiaki', 'Yoshinori', 'Shunichi',
  'Katsunobu', 'Yoshitaka', 'Seiji', 'Tsuyoshi', 'Toshihiro', 'Kazuyoshi', 'Mamoru', 'Masayoshi',
  'Osamu', 'Ryota', 'Satoshi', 'Shintaro', 'Sho', 'Yuto', 'Yuki', 'Jae-in', 'Suk-yeol', 'Jae-myung',
  'Jong-un', 'Jong-il', 'Il-sung', 'Myung-bak', 'Ki-moon', 'Heung-min', 'Min-jae', 'Joon-ho',
  'Min-jun', 'Moo-hyun', 'Dae-jung', 'Young-sam', 'Tae-woo', 'Doo-hwan', 'Chung-hee', 'Kang-in',
  'Jae-yong', 'Kun-hee', 'Seok-jin', 'Nam-joon', 'Jung-kook',
  // South and Southeast Asian.
  'Narendra', 'Rahul', 'Amit', 'Raj', 'Rajesh', 'Mukesh', 'Gautam', 'Ratan', 'Shashi', 'Arvind',
  'Manmohan', 'Vijay', 'Anil', 'Sanjay', 'Sunil', 'Ravi', 'Deepak', 'Ajay', 'Aditya', 'Arjun',
  'Rohit', 'Virat', 'Sachin', 'Rajiv', 'Jawaharlal', 'Mohandas', 'Subrahmanyam', 'Piyush', 'Nitin',
  'Nirmal', 'Akhilesh', 'Uddhav', 'Sharad', 'Nitish', 'Aamir', 'Amitabh', 'Abhishek', 'Hrithik',
  'Ranveer', 'Ranbir', 'Anand', 'Viswanathan', 'Neeraj', 'Prakash', 'Pranab', 'Ramesh', 'Rakesh',
  'Suresh', 'Mahesh', 'Ganesh', 'Dinesh', 'Venkatesh', 'Krishna', 'Prabowo', 'Joko', 'Gibran',
  'Susilo', 'Mahathir', 'Najib', 'Bongbong', 'Thaksin', 'Srettha', 'Prayut', 'Mujibur',
  'Rabindranath', 'Jigme', 'Ranil', 'Gotabaya', 'Mahinda', 'Anura',
  // African and Afro-diasporic.
  'Cyril', 'Thabo', 'Kgalema', 'Abiy', 'Uhuru', 'Bola', 'Muhammadu', 'Goodluck', 'Olusegun',
  'Emmerson', 'Yoweri', 'Félix', 'Macky', 'Bassirou', 'Alassane', 'Abdoulaye', 'Mamadou', 'Assimi',
  'Kofi', 'Kwame', 'Nana', 'Tedros', 'Desmond', 'Ibrahima', 'Sadio', 'Yaya', 'Idrissa', 'Youssouf',
  'Cheikh', 'Mamady', 'Mahamat', 'Idriss', 'Abdelfattah', 'Salva', 'Riek', 'Isaias', 'Meles',
  'Hailemariam', 'Haile', 'Mengistu', 'Jomo', 'Mwai', 'Raila', 'Hage', 'Hifikepunye', 'Hakainde',
  'Lazarus', 'Faure', 'Mswati', 'Jakaya', 'Amadou', 'Boubacar', 'Seydou', 'Souleymane', 'Modibo',
  'Blaise', 'Roch', 'Kaïs', 'Béji', 'Hichem', 'Nouri', 'Akin', 'Chinua', 'Wole', 'Ngũgĩ',
  'Binyavanga', 'Teju', 'Ayodele', 'Babatunde', 'Chidi', 'Chukwuemeka', 'Emeka', 'Femi', 'Folarin',
  'Kehinde', 'Nnamdi', 'Obinna', 'Oluwaseun', 'Segun', 'Tunde', 'Yemi', 'Kwesi', 'Kojo', 'Kwabena',
  'Yaw', 'Kobina', 'Kagiso', 'Lebogang', 'Mpho', 'Sipho', 'Themba', 'Thulani', 'Vusi', 'Bongani',
  'Jabulani', 'Mandla', 'Sibusiso', 'Zweli', 'Tendai', 'Tatenda', 'Tinashe', 'Farai', 'Chenjerai',
  'Godfrey', 'Moses', 'Innocent', 'Prosper', 'Blessing', 'Lucky', 'Serhou', 'Kingsley', 'Dayot',
  'Ademola', 'Taiwo', 'Wilfred',
  // Unisex names given to men too; also listed as female names.
  'Alex', 'Kim', 'Sasha', 'Camille', 'Leslie', 'Morgan', 'Kelly', 'Maria', 'Tal', 'Gal', 'Joan',
  'Marian', 'Laurence', 'Jo', 'Hikaru', 'Ashley', 'Casey', 'Taylor', 'Quinn', 'Ronnie', 'Jessie',
  'Frankie', 'Noor', 'Kiran'
])

/**
 * Given names from {@link femaleFirstNames} and {@link maleFirstNames} that
 * are also ordinary German words (nouns, adjectives, adverbs, particles or
 * month names), so that a capitalised token alone, above all at the start of
 * a sentence, is weak evidence for a name: `Mark` (Mark Rutte; die Mark),
 * `Ernst` (der Ernst), `Frank` (frank und frei), `Rose`, `Per` (per E-Mail),
 * `Nur`, `Davor`, `Tal`, `Roman`, `August`.
 *
 * Curated by the zitat authors. Every entry is also in one of the two name
 * sets. Left out are names that match a word only in another language or
 * only as a rare or archaic German word (`Otto`, `Franz`, `Ida`, `Hans`,
 * `Fritz`, `Horst`, `Lore`), and names that are also brands, clubs or places
 * (`Zara`, `Hertha`, `Florence`): a consumer can treat those like any other
 * name.
 */
export const ambiguousFirstNames: ReadonlySet<string> = new Set([
  // Male names that are also German nouns, adjectives, adverbs or months.
  'Mark', 'Ernst', 'Frank', 'Wolf', 'Kai', 'Will', 'Per', 'August', 'Wolfram', 'Roman', 'Dick',
  'Beat', 'Urban', 'Granit', 'Ramadan', 'Emir', 'Mate', 'Davor', 'Tal', 'Alp',
  // Male names from English that are also German words.
  'Bob', 'Luke', 'Matt', 'Brett', 'Jude', 'Rand',
  // Female names that are also German nouns, adjectives or particles.
  'Rose', 'Heide', 'Iris', 'Erika', 'Flora', 'Viola', 'Jasmin', 'Rosa', 'Nur', 'Juli', 'Madonna',
  'Liane', 'Helle', 'Gloria', 'Mami'
])
