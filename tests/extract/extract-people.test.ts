import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";

const people = (headline: string, ...paragraphs: string[]) =>
  extractArticle({ headline, paragraphs }).people;
const names = (headline: string, ...paragraphs: string[]) =>
  people(headline, ...paragraphs)
    .map((p) => p.name)
    .sort();

describe("people", () => {
  it.each([
    [
      "folds a surname into the full name seen earlier",
      ["Tony Blair spoke on Monday.", "Later Mr Blair said he was pleased."],
      ["Tony Blair"],
    ],
    [
      "folds a possessive into the full name",
      ["Gordon Brown has a plan.", "Critics attacked Brown's budget."],
      ["Gordon Brown"],
    ],
    [
      "keeps two different Smiths apart",
      ["John Smith met Jane Smith in the capital."],
      ["Jane Smith", "John Smith"],
    ],
    [
      "ignores capitalised sentence starts",
      ["However, analysts were unimpressed. Shares fell sharply."],
      [],
    ],
    [
      "never merges Donald Trump with Donald Trump Jr.",
      ["Donald Trump Jr. spoke before Donald Trump arrived."],
      ["Donald Trump", "Donald Trump Jr."],
    ],
    [
      "drops titles",
      ["Defense Secretary Pete Hegseth met President Donald Trump."],
      ["Donald Trump", "Pete Hegseth"],
    ],
    [
      "drops British honorifics without dots",
      ["Ms Patricia Hewitt spoke, and Dr Liam Fox replied."],
      ["Liam Fox", "Patricia Hewitt"],
    ],
    [
      "does not see a person in a university named after one",
      ["He teaches at George Washington University."],
      [],
    ],
    [
      "keeps a middle initial as the canonical name",
      ["Henry E. Hale spoke.", "Henry Hale and Hale agree."],
      ["Henry E. Hale"],
    ],
    [
      "keeps diacritics in the name",
      ["Prime Minister Jonas Gahr Støre arrived.", "Støre said little."],
      ["Jonas Gahr Støre"],
    ],
    [
      "keeps a lone surname only with evidence",
      ['"We will win," said Claxton.', "Paris was sunny."],
      ["Claxton"],
    ],
  ])("%s", (_title, paragraphs, expected) => {
    expect(names("Headline", ...paragraphs)).toEqual(expected);
  });

  it.each([
    ["Defense Secretary Pete Hegseth spoke.", "Pete Hegseth", "Defense Secretary"],
    ["Secretary of State Marco Rubio spoke.", "Marco Rubio", "Secretary of State"],
    [
      "The Trade and Industry Secretary Patricia Hewitt spoke.",
      "Patricia Hewitt",
      "Trade and Industry Secretary",
    ],
  ])("reads the role in %j", (sentence, name, role) => {
    expect(people("Headline", sentence).find((p) => p.name === name)?.role).toBe(role);
  });

  it("lists the short forms an article used", () => {
    const [hale] = people("Headline", "Henry E. Hale spoke.", "Mr Hale said so. Hale agreed.");
    expect(hale?.forms).toEqual(["Hale", "Mr Hale"]);
  });
});

describe("first names that are also ordinary words", () => {
  it.each([
    [
      "before a surname no dictionary knows",
      "Randy Kolb of Strasburg made a trip.",
      ["Randy Kolb"],
    ],
    ["at a sentence start", "Al Cardenas wrote to the board.", ["Al Cardenas"]],
    [
      "when the first name is also a word for no person",
      "Bill Almashy, a crane operator, worries. The Senate passed Bill C-51.",
      ["Bill Almashy"],
    ],
    ["but not before an ordinary word", "They met at Grant Park and the Rose Garden.", []],
    ["nor a compass word before a region", "Drones struck North Waziristan on Monday.", []],
  ])("reads a person %s", (_, paragraph, expected) => {
    expect(names("A story", paragraph)).toEqual(expected);
  });
});

describe("two first names joined by and before one surname", () => {
  it.each([
    ["The money came from Charles and David Koch.", ["Charles Koch", "David Koch"]],
    ["Karol and Randy Kolb made a trip.", ["Karol Kolb", "Randy Kolb"]],
    ["Bill and Hillary Clinton arrived.", ["Bill Clinton", "Hillary Clinton"]],
  ])("gives both the surname: %s", (paragraph, expected) => {
    expect(names("A story", paragraph)).toEqual(expected);
  });

  it("leaves a surname joined to a full name alone", () => {
    expect(names("A story", "Trump and Mike Pence met on Monday.")).toEqual([
      "Donald Trump",
      "Mike Pence",
    ]);
  });
});

describe("names from outside the English name lists", () => {
  it.each([
    [
      "an Arabic article joined to a name",
      "He would take over from ISIS leader Abu Bakr al-Baghdadi, and Omar al-Shishani.",
      ["Abu Bakr al-Baghdadi", "Omar al-Shishani"],
    ],
    [
      "kin nouns before and after a name",
      "Among those killed were Salah Abu Laban, his wife Sahar Qouidar and their son Ghassan Abu Laban.",
      ["Ghassan Abu Laban", "Sahar Qouidar", "Salah Abu Laban"],
    ],
    [
      "an age after a name",
      "The victims, Deah Barakat, 23, and Razan Abu-Salha, 19, were students.",
      ["Deah Barakat", "Razan Abu-Salha"],
    ],
    ["an everyday noun after a name", "Magdi Badr, a family friend, was there.", ["Magdi Badr"]],
  ])("reads %s", (_, paragraph, expected) => {
    expect(names("A story", paragraph)).toEqual(expected);
  });

  it("reads a Korean given name after the family name, and keeps adjectives out", () => {
    expect(
      names(
        "A story",
        "Leader Kim Jong-un met UN Secretary General Ban Ki-moon. The Obama-approved plan passed.",
      ),
    ).toEqual(["Ban Ki-moon", "Kim Jong-un"]);
  });

  it.each([
    [
      "Chinese",
      "Xi Jinping",
      ["Chinese President Xi Jinping arrived.", "Mr. Putin and Mr. Xi have clout."],
    ],
    [
      "Korean",
      "Lee Joon-seok",
      ["The captain, Lee Joon-seok, was arrested.", "Lee, 68, has said he waited."],
    ],
    [
      "Korean",
      "Koh Myung-seok",
      ["Spokesman Koh Myung-seok spoke.", "Bodies were found, Koh said."],
    ],
  ])("folds a %s family name used alone into %s", (_, full, paras) => {
    const found = people("A story", ...paras);
    const family = full.split(" ")[0]!;
    expect(found.map((p) => p.name)).not.toContain(family);
    expect(found.find((p) => p.name === full)?.forms.join(" ")).toContain(family);
  });

  it("gives a lone surname shared by a man and a woman to the one its pronouns fit", () => {
    const found = people(
      "Clinton campaign wrestles with Trump",
      "Clinton has been less successful at defining her primary challenger.",
      "In Puerto Rico, Bill Clinton was asked about a tweet.",
      "Hillary Clinton, Democrats said, needs to make Trump respond.",
    );
    expect(found.find((p) => p.name === "Hillary Clinton")?.forms).toContain("Clinton");
    expect(found.find((p) => p.name === "Bill Clinton")?.forms).not.toContain("Clinton");
  });

  it("names a famous relative introduced by first name after a family noun, and no one else so", () => {
    expect(
      names(
        "A story",
        "Donald Trump handed his business to his sons, Donald Jr. and Eric, he said.",
      ),
    ).toEqual(["Donald Trump", "Donald Trump Jr.", "Eric Trump"]);
    expect(
      names("A story", "Dick Cheney was influenced by his wife, Lynne, and his daughter Liz."),
    ).toEqual(["Dick Cheney", "Liz Cheney", "Lynne Cheney"]);
    expect(names("A story", "Alan Gross thanked his wife, Judy, on Tuesday.")).not.toContain(
      "Judy Gross",
    );
  });

  it("reads a name that begins an organisation's name in the story as that organisation's short name", () => {
    expect(
      names(
        "A story",
        "The mass shooting at Sandy Hook Elementary School shocked the nation.",
        "Families who lost loved ones at Sandy Hook flew to Washington.",
      ),
    ).toEqual([]);
    expect(
      names("A story", "Ford Motor Company was founded by Henry Ford.", "Henry Ford said so."),
    ).toEqual(["Henry Ford"]);
  });

  it("names a relative only after the possessor: not after any surname of the story", () => {
    expect(
      names(
        "A story",
        "President Gerald Ford met Chancellor Gordon Brown, whose minister father John preached.",
      ),
    ).toEqual(["Gerald Ford", "Gordon Brown", "John"]);
  });

  it("reads a first name and a particle as a person whatever word ends the name", () => {
    expect(names("A story", "Huw Stephens and Rob Da Bank will each host the slot.")).toEqual([
      "Huw Stephens",
      "Rob Da Bank",
    ]);
  });

  it("reads an appositive with an age before its noun as a person's cue", () => {
    expect(
      names(
        "A story",
        "Malala Yousafzai of Pakistan won the prize. It made Malala, a 17-year-old student, the youngest winner.",
      ),
    ).toEqual(["Malala Yousafzai"]);
  });

  it("reads a lone word the story reads as a place elsewhere as that place", () => {
    expect(
      names(
        "A story",
        "Leaders of Mali, Jordan and Turkey marched.",
        "It is no small thing for the king of Jordan to march.",
      ),
    ).toEqual([]);
  });

  it("reads a town before its state's abbreviation as a place, and a source's data as no person", () => {
    expect(
      names(
        "A story",
        "A report found the Ferguson, Mo., Police Department biased.",
        "Forty-nine died at an Orlando, Fla., nightclub.",
        "According to Gallup data, most agree.",
      ),
    ).toEqual([]);
  });

  it("reads an unlisted word named as the one told or the source as no person", () => {
    expect(
      names("A story", "According to Axios, the memo was leaked.", "He told McClatchy on Friday."),
    ).toEqual([]);
    expect(names("A story", "According to Smith, the memo was leaked.")).toEqual(["Smith"]);
  });

  it("gives a lone surname no famous bearer of the other sex than its courtesy title says", () => {
    expect(
      names("A story", "“It has to do with the rise of 24-hour news,” Mr. Westwood said."),
    ).toEqual(["Westwood"]);
  });

  it("reads a lone word that begins an organisation's name in the story as that organisation", () => {
    expect(
      names(
        "A story",
        "Romney left Bain Capital, the firm he founded.",
        "At Bain, he made a fortune.",
      ),
    ).toEqual([]);
  });

  it("reads a name whose first part an editor's bracket encloses as one name", () => {
    expect(names("A story", "Many of us did so with [former President Barack] Obama.")).toEqual([
      "Barack Obama",
    ]);
  });

  it("reads a word after an ordinal as no person", () => {
    expect(names("A story", "Under the 25th Amendment, the vice president takes over.")).toEqual(
      [],
    );
  });

  it("reads no contraction as part of a name", () => {
    expect(
      names("A story", "“Yup, I’m Muriel Bowser, mayor of Washington,” she wrote."),
    ).not.toContain("I’m Muriel Bowser");
  });

  it("keeps a first name that is also a word before a middle initial, with or without its stop", () => {
    expect(names("A story", "“Salmon P Chase and Charles Evans Hughes were justices.")).toEqual([
      "Charles Evans Hughes",
      "Salmon P Chase",
    ]);
    expect(names("A story", "Lincoln named Salmon P. Chase to the court.")).toContain(
      "Salmon P. Chase",
    );
  });

  it("reads the parties to a case as the case's name, not as people", () => {
    expect(
      names(
        "A story",
        "In a case of Trump v Clinton, as in Hollingsworth v. Perry and Bush vs. Gore.",
      ),
    ).toEqual([]);
  });

  it("gives a lone surname to the namesake its 'he' or 'she' fits, over the one named last", () => {
    const found = people(
      "A story",
      "John Edwards faced the charges. Elizabeth Edwards had outbursts.",
      "After the trial, Edwards said that he loved his daughter.",
    );
    expect(found.find((p) => p.name === "John Edwards")?.forms).toContain("Edwards");
    expect(found.find((p) => p.name === "Elizabeth Edwards")?.forms ?? []).not.toContain("Edwards");
  });

  it("reads a nickname in quotation marks as no one new", () => {
    expect(
      names(
        "A story",
        "His new focus on “Crooked Hillary” plays on a weakness of Hillary Clinton.",
        "His nickname ‘Little Marco’ demeaned Sen. Marco Rubio.",
      ),
    ).toEqual(["Hillary Clinton", "Marco Rubio"]);
  });

  it("reads an unlisted name before an appositive that opens with a possessive", () => {
    expect(names("A story", "Neera Tanden, Clinton’s former top policy adviser, spoke.")).toEqual([
      "Clinton",
      "Neera Tanden",
    ]);
  });

  it("folds no ordinary word into a name that starts with it", () => {
    expect(names("A story", "Windows Messenger was updated.", "Windows is popular.")).not.toContain(
      "Windows",
    );
  });

  it("reads no age in a figure", () => {
    expect(names("A story", "Sales at Tesco, 12.5, rose.")).toEqual([]);
  });
});

describe("a surname that is also a word or a place's tail, after a person's cue", () => {
  it("reads a pollster named like a lake as a person", () => {
    expect(
      names("A story", "“Voters are insured,” says Democratic pollster Celinda Lake."),
    ).toEqual(["Celinda Lake"]);
  });

  it("leaves a lake without a person's cue a lake", () => {
    expect(names("A story", "We sailed on Crystal Lake in the summer.")).toEqual([]);
  });
});

describe("a famous surname beside a relative named in full", () => {
  it("keeps the surname used first for its famous bearer, and its quotes", () => {
    const got = extractArticle({
      headline: "A story",
      paragraphs: [
        "President Obama spoke on Tuesday.",
        "He sat next to first lady Michelle Obama.",
        "“We will act on our own if we must,” Obama said.",
      ],
    });
    expect(got.people.map((p) => p.name)).toEqual(["Barack Obama", "Michelle Obama"]);
    expect(got.quotes[0]?.speaker).toBe("Barack Obama");
  });
});

describe("one person under two spellings of a name", () => {
  it("reads a generational suffix after a comma as part of the name, and ends the name there", () => {
    expect(
      names(
        "A story",
        "It was tweeted by Lamar White Jr. He said it was bad.",
        "— Lamar White, Jr. (@LamarWhiteJr)",
      ),
    ).toEqual(["Lamar White Jr."]);
    expect(names("A story", "Martin Luther King, Jr. spoke in 1963.")).toEqual([
      "Martin Luther King Jr.",
    ]);
  });

  it("folds a surname without its Arabic article into the full name", () => {
    const got = people(
      "A story",
      "Forces loyal to President Bashar al-Assad advanced.",
      "Assad said so.",
    );
    expect(got.map((p) => [p.name, p.forms])).toEqual([["Bashar al-Assad", ["Assad"]]]);
  });

  it("folds a clipped first name or a listed nickname into the full one with the same surname, never across the sexes", () => {
    const wray = people(
      "A story",
      "Trump named Christopher A. Wray.",
      "“Chris Wray is a fine man,” a senator said.",
    );
    expect(wray.map((p) => [p.name, p.forms])).toEqual([["Christopher A. Wray", ["Chris Wray"]]]);
    expect(names("A story", "Chris Smith met Christopher Smith.")).toEqual(["Christopher Smith"]);
    const schumer = people(
      "A story",
      "Sen. Charles E. Schumer spoke. Chuck Schumer later said no.",
    );
    expect(schumer.map((p) => [p.name, p.forms])).toEqual([
      ["Charles E. Schumer", ["Chuck Schumer"]],
    ]);
    expect(names("A story", "Sen. Dick Durbin spoke. Richard J. Durbin left.")).toEqual([
      "Richard J. Durbin",
    ]);
    expect(names("A story", "Dan Evans and Danielle Evans came.")).toEqual(
      ["Danielle Evans", "Dan Evans"].sort(),
    );
  });
});

describe("a nickname quoted inside a name", () => {
  it("reads the first name and surname around it as one person", () => {
    expect(
      names(
        "A story",
        'It will work, says Andrew "Boz" Bosworth, a vice president. Bosworth said so.',
      ),
    ).toEqual(["Andrew Bosworth"]);
    expect(names("A story", "Speaker Thomas “Tip” O'Neill ruled the House.")).toEqual([
      "Thomas O'Neill",
    ]);
  });

  it("leaves a quotation after a word that is no first name alone", () => {
    expect(names("A story", 'The Senate "nuclear" Option was used.')).toEqual([]);
  });
});

describe("words run into a name by the sentence around it", () => {
  it("ends a name at a town's state abbreviation", () => {
    expect(
      names(
        "A story",
        "“I vote that way,” said Lora Hubbel, 58, of Vermillion, S.D. Trump, she conceded, does not fit.",
      ),
    ).not.toContain("S.D. Trump");
  });

  it("reads an ordinary word before a country as no first name", () => {
    expect(names("A story", "STORY: Will Russia lobby Congress against a strike?")).toEqual([]);
  });

  it("keeps a sentence's opening preposition out of a role", () => {
    const got = people("A story", "For Lt. Colonel John Schwemmer, the scenery is familiar.");
    expect(got.map((p) => [p.name, p.role])).toEqual([["John Schwemmer", "Lieutenant Colonel"]]);
  });
});

describe("a place and a party before a name", () => {
  it("leaves a first name that ends a place's name to the place", () => {
    expect(
      names(
        "A story",
        "The man who will head it, South Carolina Republican Trey Gowdy, will follow others.",
      ),
    ).toEqual(["Trey Gowdy"]);
    expect(names("A story", "He met West Virginia Democrat Joe Manchin on Monday.")).toEqual([
      "Joe Manchin",
    ]);
  });
});

describe("a full name after “the” that qualifies a noun", () => {
  it("is the person the noun belongs to", () => {
    expect(names("A story", "The dossier was funded by the Hillary Clinton campaign.")).toEqual([
      "Hillary Clinton",
    ]);
    // LABELLING.md: "the Trump/Clinton administration" on its own names no person.
    expect(names("A story", "He rebuked the George W. Bush administration for the war.")).toEqual(
      [],
    );
  });

  it("is no one when “the” makes the name a type or a pair", () => {
    expect(names("A story", "He is the John Smith of our time.")).toEqual([]);
    expect(names("A story", "They coined the term “the Richard & Judy effect” last year.")).toEqual(
      [],
    );
  });
});

describe("a place named after a person", () => {
  it("does not mention the person", () => {
    expect(
      names(
        "A story",
        "Police surrounded a printing house outside Paris’ Charles de Gaulle airport on Friday.",
      ),
    ).toEqual([]);
    expect(names("A story", "Barack Obama spoke at the John F. Kennedy library.")).toEqual([
      "Barack Obama",
    ]);
  });
});

describe("a lone surname shared by two people of the story", () => {
  it("goes to the one last named as a subject, not the one last named as an object", () => {
    const got = extractArticle({
      headline: "A story",
      paragraphs: [
        "Jeb Bush said Wednesday that running would be “an interesting challenge” for him.",
        "“I love my brother,” the former Florida governor said of George W. Bush during a session.",
        "“I had these views,” Bush recalled. “So when the attacks started, it was hard.”",
      ],
    });
    expect(got.quotes.find((q) => q.text.startsWith("I had"))?.speaker).toBe("Jeb Bush");
  });
});

describe("a publication named with a French article", () => {
  it("is no person, even as a sentence's subject", () => {
    expect(
      names("A story", "Le Monde adds that American authorities declined to comment."),
    ).toEqual([]);
  });
});

describe("a first name before “and” and a full name", () => {
  it("keeps the surname the story already gave it instead of taking the one after “and”", () => {
    const got = people(
      "A story",
      "Powell wrote: “Hillary Clinton called. Hillary and Elijah Cummings have popped off.”",
    );
    expect(got.map((p) => [p.name, p.forms])).toEqual([
      ["Powell", []],
      ["Hillary Clinton", ["Hillary"]],
      ["Elijah Cummings", []],
    ]);
    expect(names("A story", "Bill and Hillary Clinton came to town.")).toEqual([
      "Bill Clinton",
      "Hillary Clinton",
    ]);
  });
});

describe("titles and possessives next to a name", () => {
  it("reads a first name that is also a title as the first name after a title, before initials", () => {
    const got = people(
      "A story",
      "“We will fight,” union President Dean E. Vogel said in a statement.",
    );
    expect(got.map((p) => p.name)).toEqual(["Dean E. Vogel"]);
  });

  it("reads no person after a possessive title word: the word belongs to it", () => {
    expect(
      names("A story", "His films include “Apollo 13,” “The King’s Speech,” and “Hoosiers.”"),
    ).toEqual([]);
  });
});

describe("roles and names around a person", () => {
  it("gives an office named “<noun> general” whole, and a plural one to no one", () => {
    const role = (text: string) => people("A story", text).map((p) => [p.name, p.role ?? null]);
    expect(role("Under the statute, solicitor general Noel Francisco would be in charge.")).toEqual(
      [["Noel Francisco", "solicitor general"]],
    );
    expect(role("He worked under attorneys general John Ashcroft and Alberto Gonzales.")).toEqual([
      ["John Ashcroft", null],
      ["Alberto Gonzales", null],
    ]);
    expect(role("On Thursday California Democratic Sen. Dianne Feinstein spoke.")).toEqual([
      ["Dianne Feinstein", "California Democratic Senator"],
    ]);
  });

  it("reads a letter standing for someone, and a committee's subject, as no person", () => {
    expect(names("A story", "Did you see that exposé about candidate X on Facebook?")).toEqual([]);
    const got = extractArticle({
      headline: "A story",
      paragraphs: [
        "The Congressional Budget Office and Joint Committee on Taxation wrote that it costs money.",
      ],
    });
    expect(got.people).toEqual([]);
    expect(got.organisations).toContain("Joint Committee on Taxation");
  });
});

describe("words that open a name without being one", () => {
  it("reads “AG” as the attorney general's title, and a company's “AG” as no title", () => {
    const got = people("A story", "AG Barr spoke on Monday. Bill Barr later left.");
    expect(got.map((p) => [p.name, p.role])).toEqual([["Bill Barr", "Attorney General"]]);
    expect(names("A story", "Shares in Volkswagen AG rose on Monday.")).toEqual([]);
  });

  it("reads a courtesy title that begins a longer title as no person, and a gerund as no name", () => {
    expect(names("A story", "NBC abandoned plans to air his Miss Universe Pageant.")).toEqual([]);
    expect(
      names("A story", "In New Hampshire last weekend, he was suddenly Mr. New England."),
    ).toEqual([]);
    const got = people("A story", "Ousting al-Assad is not the goal, Bashar al-Assad said.");
    expect(got.map((p) => p.name)).toEqual(["Bashar al-Assad"]);
  });
});

describe("a full name only the headline gives", () => {
  it("is the lone surname's in the story, unless the headline has two such names", () => {
    const story = (headline: string) =>
      extractArticle({
        headline,
        paragraphs: ["Former Florida governor Bush said on Sunday that the passions would pass."],
      }).people.map((p) => p.name);
    expect(story("Jeb Bush says voters' passions for Trump will pass")).toEqual(["Jeb Bush"]);
    expect(story("Jeb Bush and George W. Bush meet in Texas")).toEqual(["Bush"]);
  });
});

describe("an office in the plural before a list of names", () => {
  it("is a title for each name and the role of none", () => {
    const got = people(
      "A story",
      "Justice Samuel A. Alito Jr. wrote for the court.",
      "Its conservatives (Chief Justice Roberts and Justices Alito, Scalia and Thomas) agreed.",
    );
    expect(got.find((p) => p.name === "Samuel A. Alito Jr.")?.forms).toEqual(["Alito"]);
    expect(got.map((p) => p.name)).not.toContain("Justices Alito");
  });
});

describe("courtesy titles and ranks", () => {
  it("reads a courtesy title before ordinary words as a song or a character, not a person", () => {
    expect(names("A story", "He also produced Mr Tambourine Man for the Byrds.")).toEqual([]);
    expect(names("A story", "Mrs Rose Brown said so on Monday.")).toEqual(["Rose Brown"]);
  });

  it("reads a British police rank's abbreviation as a title", () => {
    const got = people("A story", "Chief Supt Deats went on to warn: “The internet is a risk.”");
    expect(got.map((p) => [p.name, p.role])).toEqual([["Deats", "Chief Superintendent"]]);
  });
});

describe("a month before a day's number", () => {
  it("is a date, while a person of that first name stays a person", () => {
    expect(names("A story", "Nunes said April 6 he was stepping back.")).toEqual(["Nunes"]);
    expect(names("A story", "April Ryan asked a question.")).toEqual(["April Ryan"]);
  });
});

describe("a lone word with a number after it", () => {
  it("names a thing, not a person", () => {
    expect(
      names("A story", "The grocer said Chapter 11 protection would let it restructure."),
    ).toEqual([]);
    expect(names("A story", "Other nominees include OutKast and Maroon 5 this year.")).toEqual([]);
  });

  it("leaves a club to the clubs", () => {
    expect(names("A story", "Irish duo could block Man Utd bid.")).toEqual([]);
  });
});

describe("a name after a person's noun and a comma", () => {
  it("is a person even with a first name the lists lack, but not after a product's name", () => {
    expect(names("A story", "The company's spokesman, Zorblat Quux, declined to comment.")).toEqual(
      ["Zorblat Quux"],
    );
    expect(
      names(
        "A story",
        "A patch fixes a hole in Media Player, Windows Messenger and MSN Messenger.",
      ),
    ).toEqual([]);
  });
});

describe("a lone surname with a courtesy title, shared by two people of the story", () => {
  it("goes to the one whose first name has the title's sex", () => {
    const got = extractArticle({
      headline: "A story",
      paragraphs: [
        "“The damage came quickly,” said Charles Kim of Fullerton, whose wife, Young Kim, is running for a seat.",
        "“That is the turning point,” Mr. Kim said.",
      ],
    });
    expect(got.quotes.find((q) => q.text.startsWith("That is"))?.speaker).toBe("Charles Kim");
  });
});

describe("a word no name list knows, named as what reports", () => {
  it("is an outlet as often as a person, so no person", () => {
    expect(names("A story", "And Haaretz noted that Netanyahu left as planned.")).not.toContain(
      "Haaretz",
    );
    expect(names("A story", "Yonhap reported that the North fired a missile.")).toEqual([]);
    expect(names("A story", "Sen. Ted Cruz spoke. Cruz reported that he was fine.")).toEqual([
      "Ted Cruz",
    ]);
  });
});
