// Words that carry no fact of their own. Besides the usual English function words, the list has
// the verbs and nouns that frame any report ("said", "told", "according", "media"): two articles
// reporting different statements share them, so counting them would make unrelated paragraphs
// look alike. Contractions are listed without apostrophes, as the tokenizer drops them.
const WORDS = `
a about above after again against all also although am among an and another any are around as at
be because been before being below between both but by can cannot could did do does doing done down
during each either else even ever every few for from further had has have having he her here hers
herself him himself his how however i if in into is it its itself just least less many may me
might more most much must my myself neither no nor not now of off on once one only or other others
otherwise our ours ourselves out over own per perhaps quite rather same shall she should since so some
such than that the their theirs them themselves then there these they this those though through thus
to too under until up upon us very via was we were what whatever when where whether which while who
whom whose why will with within without would yet you your yours yourself yourselves
dont doesnt didnt isnt arent wasnt werent wont wouldnt cant couldnt shouldnt hasnt havent hadnt
its im ive id youre theyre weve were theyve hes shes thats theres whats lets
said says say saying told tell tells telling added adding stated according asked noted
mr mrs ms dr
media reporter reporters report reported reports news press statement
today yesterday tuesday monday wednesday thursday friday saturday sunday
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
