import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";

const speakerOf = (paragraphs: string[], quoteStart: string) =>
  extractArticle({ headline: "Headline", paragraphs }).quotes.find((q) =>
    q.text.startsWith(quoteStart),
  )?.speaker;

describe("quotes", () => {
  it.each([
    [
      "attributes 'said X' after the quote",
      ['"We have done enough for now," said Tony Blair.'],
      "We have",
      "Tony Blair",
    ],
    [
      "attributes 'X said' after the quote",
      ["Tony Blair spoke.", '"We have done enough for now," Mr Blair said.'],
      "We have",
      "Tony Blair",
    ],
    [
      "attributes 'X said:' before the quote",
      ['Patricia Hewitt said: "We have already doubled it."'],
      "We have",
      "Patricia Hewitt",
    ],
    [
      "follows a pronoun to the last person named",
      ["Ed Balls spoke at lunch.", '"This is a big change in our culture," he said.'],
      "This is",
      "Ed Balls",
    ],
    [
      "keeps the speaker for a follow-on quote",
      ['"I am quite confident," said Sarah Claxton. "But I take each race as it comes."'],
      "But I",
      "Sarah Claxton",
    ],
    [
      "leaves a company's statement unattributed",
      ["Tony Blair spoke.", '"Our focus remains on costs," the company said.'],
      "Our focus",
      undefined,
    ],
    [
      "skips an adverb between a pronoun and its verb",
      [
        "Senator Anna Field is a delegate, and she cheerfully said, \u201cI will be down at the scrum.\u201d",
      ],
      "I will",
      "Anna Field",
    ],
    [
      "takes a speaker named after 'said' that follows a partial quote",
      [
        "Rivals won by \u201conly a few votes in the end\u201d last year, said party spokeswoman Carla Moss, who disagreed.",
      ],
      "only a few",
      "Carla Moss",
    ],
    [
      "reads 'saying that' as a speech verb",
      [
        'Representative Jim Rand of Ohio was gloomy, saying Saturday that "I do not think we will get a deal."',
      ],
      "I do",
      "Jim Rand",
    ],
    [
      "gives a statement's words to nobody, not to the person it was issued for",
      [
        "\u201cThe House will act on whatever the Senate can pass,\u201d said the statement issued on behalf of Speaker John Boehner.",
      ],
      "The House",
      undefined,
    ],
    [
      "gives the quote to the subject, not to a person in an apposition",
      [
        "\u201cI hope you see the irony of this,\u201d Paul Czisny, a delegate for Bernie Sanders, said.",
      ],
      "I hope",
      "Paul Czisny",
    ],
    [
      "gives a partial quote to the subject, not to the object of another verb",
      [
        "Attorney General Jeff Sessions criticized Barack Obama and vowed that the administration would not \u201cput superficial concerns above safety.\u201d",
      ],
      "put superficial",
      "Jeff Sessions",
    ],
    [
      "never gives 'she said' to a man",
      [
        "Judith Miller read the book about Scooter Libby.",
        "Later the testimony about Paul Libby \u201cmade no sense at all,\u201d she wrote.",
      ],
      "made no",
      "Judith Miller",
    ],
    [
      "gives a quote to the person named after 'said the spokesman,'",
      [
        "\u201cWe do not rule anything out at this stage,\u201d said the spokesman, Patrick Boland.",
      ],
      "We do",
      "Patrick Boland",
    ],
    [
      "reads a surname that is also a word as the person named in full",
      [
        "Charlie Black, a party adviser, spoke on Monday.",
        "\u201cKen had some things to say about it,\u201d Black said.",
      ],
      "Ken had",
      "Charlie Black",
    ],
    [
      "resolves 'the president' through the role",
      [
        "President Donald Trump spoke.",
        'The president posted on social media, "Stop the war now please!"',
      ],
      "Stop the",
      "Donald Trump",
    ],
  ])("%s", (_title, paragraphs, quoteStart, speaker) => {
    expect(speakerOf(paragraphs, quoteStart)).toBe(speaker);
  });

  it("closes an open quote when a new one opens (BBC joined paragraphs)", () => {
    const { quotes } = extractArticle({
      headline: "H",
      paragraphs: ['Ms Hewitt said: "We have done a lot. "We will do more next year."'],
    });
    expect(quotes.map((q) => q.text)).toEqual([
      "We have done a lot.",
      "We will do more next year.",
    ]);
  });

  it("gives a quoted fragment finishing someone else's reported clause to nobody named", () => {
    expect(
      speakerOf(
        [
          "Jack Dorsey runs Twitter.",
          "The spokeswoman said Dorsey “expressed an interest in the idea” and talks would go on.",
        ],
        "expressed",
      ),
    ).toBeUndefined();
    expect(
      speakerOf(["Officials met on Monday, said Mara Hale: “We will win this one.”"], "We will"),
    ).toBe("Mara Hale");
  });

  it("takes 'he' for the subject of an earlier sentence, not a name that sentence mentions", () => {
    expect(
      speakerOf(
        [
          "Barack Obama spoke at a rally in Denver on Thursday.",
          "He singled out Mitt Romney's promise to cut funding for public television.",
          "“Thank goodness someone is finally getting tough on Big Bird,” he said.",
        ],
        "Thank goodness",
      ),
    ).toBe("Barack Obama");
  });

  it("takes 'he' for the spokesman, not the surname that qualifies his title", () => {
    expect(
      speakerOf(
        [
          "Obama campaign spokesman Ben LaBolt countered that Mitt Romney was changing the subject.",
          "“The president certainly credited entrepreneurs with the creation of businesses,” he said.",
        ],
        "The president",
      ),
    ).toBe("Ben LaBolt");
  });

  it("gives 'she said' to nobody when the only woman named was named as an object", () => {
    expect(
      speakerOf(
        [
          "A protester stood at the back of the hall.",
          "Would she vote for Hillary Clinton in the autumn?",
          "“I am voting for Bernie tomorrow,” she said.",
        ],
        "I am voting",
      ),
    ).toBeUndefined();
  });

  it("gives 'he said' to nobody when the last man named as a subject is two paragraphs back", () => {
    const paragraphs = [
      "John Roe, the mayor, opened the meeting on Monday.",
      "Residents complained about the noise from the new road.",
      "Traffic has doubled since the road opened last spring.",
      "“We cannot sleep at night any more,” he said.",
    ];
    expect(speakerOf(paragraphs, "We cannot sleep")).toBeUndefined();
    expect(speakerOf([paragraphs[0]!, paragraphs[3]!], "We cannot sleep")).toBe("John Roe");
  });

  it("takes 'he' for the sentence's subject, not a name after a preposition", () => {
    expect(
      speakerOf(
        [
          "In a meeting with Turkish President Recep Tayyip Erdogan, Barack Obama vouched for the ally, and he pledged a commitment “to Turkey's security and its sovereignty.”",
        ],
        "to Turkey's security",
      ),
    ).toBe("Barack Obama");
  });

  it("takes 'he said' for the subject of the sentence before, not the names it points to", () => {
    expect(
      speakerOf(
        [
          "Donor Tom Roe backed the governor last year.",
          "Pointing to Bill Smith and Dan Doe, he said “donors will simply move to the winner.”",
        ],
        "donors will simply",
      ),
    ).toBe("Tom Roe");
  });

  it("takes a man introduced as 'named X' for the 'he' of his quote", () => {
    expect(
      speakerOf(
        [
          "It was news to the young man, named Joe Kaburek. “We need to do a better job of talking to them,” he said.",
        ],
        "We need to do",
      ),
    ).toBe("Joe Kaburek");
  });

  it.each([
    ["“We are moving forward on nominations,” Sen. Jerry Moran (R-Kan.) said.", "Jerry Moran"],
    ["Sen. Ed Markey, D-Mass., told the panel, “The planet is running a fever.”", "Ed Markey"],
    [
      "“This is the chance to do the big deal,” Sen. Lindsey Graham, R-S.C., said.",
      "Lindsey Graham",
    ],
  ])("reads past a party-and-state tag to the verb: %s", (paragraph, speaker) => {
    const [quote] = extractArticle({ headline: "Headline", paragraphs: [paragraph] }).quotes;
    expect(quote?.speaker).toBe(speaker);
  });

  it("gives a quote followed by 'according to X' to X, and to nobody when X is no person", () => {
    expect(
      speakerOf(
        [
          "The outbreak has reached “a critical point for the state,” according to Will Humble, director of the health department.",
        ],
        "a critical point",
      ),
    ).toBe("Will Humble");
    expect(speakerOf(["“It will pass soon,” according to the ministry."], "It will pass")).toBe(
      undefined,
    );
  });

  it("reaches past an appositive and a relative clause to the speech verb", () => {
    expect(
      speakerOf(
        [
          "“This is old news and our cooperation remains the same,” New York lawyer Alan Futerfas, who represents the company in the probe, said in a statement.",
        ],
        "This is old news",
      ),
    ).toBe("Alan Futerfas");
  });

  it("does not read a new sentence after a closed quote as its attribution", () => {
    expect(
      speakerOf(
        [
          "Dr Fox told BBC Radio: “If you lie about the war, you will lie about anything at all.” He would not discuss reports the party repaid £500,000 to Lord Ashcroft after he predicted a defeat.",
        ],
        "If you lie",
      ),
    ).not.toBe("Lord Ashcroft");
  });

  it.each([
    ["“It is appalling,” groused Sen. Chuck Schumer of New York.", "Chuck Schumer"],
    ["“It is a farce,” scoffed Jane Roe, a local councillor.", "Jane Roe"],
  ])("reads less common speech verbs: %s", (paragraph, speaker) => {
    expect(speakerOf([paragraph], "It is")).toBe(speaker);
  });

  it("gives 'said a/an … Name' to the person the noun phrase describes, never to a modifier", () => {
    expect(
      speakerOf(
        [
          "“They are threatening all sorts of stuff,” said an unimpressed Senate Majority Whip John Cornyn (R-Texas).",
        ],
        "They are threatening",
      ),
    ).toBe("John Cornyn");
    expect(
      speakerOf(
        [
          "“The deck is stacked in favour of the few,” says a pro-Hillary Clinton political advertisement.",
        ],
        "The deck is stacked",
      ),
    ).toBeUndefined();
    expect(
      speakerOf(
        ["“We will win this,” said the statement issued on behalf of Speaker John Boehner."],
        "We will win",
      ),
    ).toBeUndefined();
  });

  it("gives a quote to the subject of a clause that opens with 'as' or 'while' and holds the verb", () => {
    expect(
      speakerOf(
        ["He opted not to “reach for the gun,” as Defense Secretary Robert Gates used to say."],
        "reach for",
      ),
    ).toBe("Robert Gates");
    expect(
      speakerOf(
        [
          "So while Press Secretary Mike McCurry called the act “gay baiting, pure and simple,” Bill Clinton signed it.",
        ],
        "gay baiting",
      ),
    ).toBe("Mike McCurry");
    expect(
      speakerOf(
        ["When asked if Steven Gerrard would stay, Rafael Parry said: “We will see what happens.”"],
        "We will see",
      ),
    ).toBe("Rafael Parry");
  });

  it("never gives a quote to a name that only qualifies the noun that speaks", () => {
    const paragraphs = [
      "Hillary Clinton and Paul Ryan spoke on Monday.",
      "Clinton campaign officials said that Trump is “too risky to be president.”",
      "Clinton surrogate Hilary Rosen admitted there has been “some reticence to get started.”",
      "House Speaker Paul Ryan’s spokeswoman, Ashley Strong, said: “The House passed a bill we are proud of.”",
    ];
    expect(speakerOf(paragraphs, "too risky")).toBeUndefined();
    expect(speakerOf(paragraphs, "some reticence")).toBe("Hilary Rosen");
    expect(speakerOf(paragraphs, "The House passed")).toBe("Ashley Strong");
  });

  it("gives 'said X's wife, Judy' to Judy, and 'X, who said' to X", () => {
    const paragraphs = [
      "Alan Gross was jailed in Cuba.",
      "“Please bring Alan home,” said Mr. Gross’s wife, Judy, at a vigil outside the White House.",
      "Supporters included Sen. Dianne Feinstein, California Democrat, who said it “offers a diplomatic resolution.”",
    ];
    expect(speakerOf(paragraphs, "Please bring")).toBe("Judy");
    expect(speakerOf(paragraphs, "offers a diplomatic")).toBe("Dianne Feinstein");
  });

  it("keeps a lone surname for its bearer when a namesake is introduced as his son", () => {
    expect(
      speakerOf(
        [
          "President Trump's eldest son, Donald Trump Jr., admitted meeting a lawyer.",
          "On Sunday, Trump said it was time “to move forward in working with Russia.”",
        ],
        "to move forward",
      ),
    ).toBe("Donald Trump");
  });

  it("gives a quote after 'told X:' to the teller, and one after 'Name told' to Name", () => {
    expect(
      speakerOf(
        [
          "Ruth Bader Ginsburg gave an interview.",
          "It was the first time in decades when she told Adam Liptak: “I can’t imagine what the country would be.”",
        ],
        "I can’t imagine",
      ),
    ).toBe("Ruth Bader Ginsburg");
    expect(
      speakerOf(
        [
          "The reason for focusing on Libby and not Armitage was that Patrick Fitzgerald repeatedly told the lawyers that unless Libby “delivered someone higher up” he would be indicted.",
        ],
        "delivered someone",
      ),
    ).toBe("Patrick Fitzgerald");
  });

  it("keeps a titled person's surname a person when the story once uses it for a body's officials", () => {
    const paragraphs = [
      "For months, President Trump has been obsessed with clearing his name.",
      "The counsel asked whether it caught up any Trump officials.",
      "“I know I'm not under investigation,” Trump told NBC.",
    ];
    expect(speakerOf(paragraphs, "I know I'm not")).toBe("Donald Trump");
  });

  it("reads on past an abbreviated month, and gives a judge's ruling to the judge", () => {
    expect(
      speakerOf(
        [
          "On Monday, Trump said a Democrat winning the Dec. 12 election “would hurt our great agenda.”",
        ],
        "would hurt",
      ),
    ).toBe("Donald Trump");
    expect(
      speakerOf(
        [
          "“Auburn presented no evidence that he advocates violence,” US district judge Keith Watkins ruled.",
        ],
        "Auburn presented",
      ),
    ).toBe("Keith Watkins");
  });

  it("looks past a scare quote, past a name that only qualifies, and to a participle's subject", () => {
    expect(
      speakerOf(
        [
          'House Speaker John Boehner called the exodus "troubling" and said, "we need more robust growth."',
        ],
        "we need more",
      ),
    ).toBe("John Boehner");
    expect(
      speakerOf(
        [
          "“Ohio has suffered,” said Gov. Tim Pawlenty, a Romney surrogate who toured Ohio. “His presidency has been a losing hand.”",
        ],
        "His presidency",
      ),
    ).toBe("Tim Pawlenty");
    expect(
      speakerOf(
        [
          "Steven Chu announced his resignation.",
          'He said he would stay on through February, adding: "I may stay beyond that time."',
        ],
        "I may stay",
      ),
    ).toBe("Steven Chu");
  });

  it("takes a title in quotation marks for no quote, and a participle after 'X said,' for X's", () => {
    const { quotes } = extractArticle({
      headline: "Headline",
      paragraphs: [
        'House Speaker John Boehner told "Fox News Sunday" he was "flabbergasted" by it.',
      ],
    });
    expect(quotes).toEqual([]);
    expect(
      speakerOf(
        [
          'Chuck Hagel spoke to his counterpart on Wednesday, Press Secretary George Little said, noting the "heightened tension on the peninsula."',
        ],
        "heightened tension",
      ),
    ).toBe("George Little");
  });

  it("gives no quote to one who was asked or told", () => {
    expect(
      speakerOf(
        [
          "On Tuesday, Bill Clinton was asked to respond to Trump’s tweet calling him the “worst abuser of all time.”",
        ],
        "worst abuser",
      ),
    ).toBeUndefined();
  });

  it("gives a quote to an unlisted first name and a surname that is also a word, after 'said' and before a role", () => {
    expect(
      speakerOf(
        [
          "“We will put more emphasis on the penalty,” said Gwenda Bond, a spokeswoman for the exchange.",
        ],
        "We will put",
      ),
    ).toBe("Gwenda Bond");
  });

  it("gives 'said one Name ally' to nobody: the name qualifies the speaker", () => {
    expect(
      speakerOf(
        [
          "Hillary Clinton spoke on Monday.",
          "“Our problem is a target-rich environment,” said one Clinton ally, who noted the headlines.",
        ],
        "Our problem",
      ),
    ).toBeUndefined();
  });

  it("gives a quote to the person before a comma-closed quote, not to a possessive in her appositive", () => {
    expect(
      speakerOf(
        [
          "Hillary Clinton spoke on Monday.",
          "“What’s really clear,” Neera Tanden, Clinton’s former top policy adviser, said on a call.",
        ],
        "What’s really clear",
      ),
    ).toBe("Neera Tanden");
  });

  it("gives a quote after a colon to the subject of its sentence, and to nobody without one", () => {
    expect(
      speakerOf(
        [
          "Steve Daines had the same answer each time: “It is a good time to be fishing in Montana.”",
        ],
        "It is a good time",
      ),
    ).toBe("Steve Daines");
    expect(
      speakerOf(["The sign on the door read: “It is a good time to be fishing.”"], "It is a good"),
    ).toBeUndefined();
  });

  it("reads a closing mark the scrape moved after the comma as closing the quote", () => {
    expect(
      speakerOf(
        [
          'Anne Burchard warned of floods. "We no longer need storms to produce flooding, "she said.',
        ],
        "We no longer need",
      ),
    ).toBe("Anne Burchard");
  });

  it("gives a quote to nobody when every name in its sentence is governed or in a clause", () => {
    expect(
      speakerOf(
        [
          "A special adviser to Nigerian President Goodluck Jonathan told Sky News that Nigeria would not pay, “because the sale of human beings is a crime.”",
        ],
        "because the sale",
      ),
    ).toBeUndefined();
    expect(
      speakerOf(
        [
          "Mutual fund pioneer Foster Friess, who supported Rick Santorum, told POLITICO: “I am still in the fetal position in my bed.”",
        ],
        "I am still",
      ),
    ).toBe("Foster Friess");
  });

  it("ignores scare quotes of one or two words", () => {
    const { quotes } = extractArticle({
      headline: "H",
      paragraphs: ['The Tories called the plan "desperate".'],
    });
    expect(quotes).toEqual([]);
  });
});

describe("a quoted phrase inside someone else's sentence", () => {
  it("goes to the sentence's subject, not to a name in a later clause", () => {
    const story = [
      "Donald Trump Jr. met Rob Goldstone in June.",
      "Trump Jr. testified that he had “no way to gauge” the “reliability, credibility, or accuracy” of anything Goldstone promised.",
    ];
    expect(speakerOf(story, "no way to gauge")).toBe("Donald Trump Jr.");
    expect(speakerOf(story, "reliability")).toBe("Donald Trump Jr.");
  });
});

describe("a name governed by the preposition that opens its sentence", () => {
  it("is not the subject a later “he” points back to", () => {
    const story = [
      "Donald Trump Jr. met Rob Goldstone and Jared Kushner in June.",
      "Like Trump Jr. and Kushner, who released a statement, Goldstone said the meeting was a waste. He said he reported back that “this was the most embarrassing meeting.”",
    ];
    expect(speakerOf(story, "this was the most")).toBe("Rob Goldstone");
  });
});

describe("a source named with “according to” just before the quote", () => {
  it("outranks the sentence's first speaker", () => {
    const story = [
      "Robert Hathaway and Richard Bush spoke.",
      "Hathaway says he doubts that Japan would act, but, according to Bush, every time there has been a shift, “the Japanese have at least considered it.”",
    ];
    expect(speakerOf(story, "the Japanese")).toBe("Richard Bush");
  });
});

describe("a source the story keeps unnamed", () => {
  it("is nobody, though a named person shares the job", () => {
    const story = [
      "Clinton's attorney David Kendall declined to comment.",
      "“Nobody contacted me,” said the attorney, who asked not to be named. “It doesn’t make sense.”",
      "“We will act,” said the attorney.",
    ];
    expect(speakerOf(story, "Nobody contacted")).toBeUndefined();
    expect(speakerOf(story, "It doesn’t")).toBeUndefined();
    expect(speakerOf(story, "We will act")).toBe("David Kendall");
  });
});

describe("a speech verb after a quote that closes its sentence", () => {
  it("belongs to the next quote when it opens one, not to the quote before it", () => {
    const story = [
      "Alex Kapranos spoke. Kapranos said there was hostility, adding: “Little is done to break it.”",
      "He concluded: “We define ourselves as a nation by our creativity.” Fellow speaker and composer James MacMillan agreed: “We need to rediscover our ability to listen.”",
    ];
    expect(speakerOf(story, "We define")).toBe("Alex Kapranos");
    expect(speakerOf(story, "We need")).toBe("James MacMillan");
  });
});

describe("a quote that closes its sentence before someone else's reported speech", () => {
  it("stays with the speaker a colon introduced it with", () => {
    const story = [
      "Before riding out, former minister Kate Hoey told crowds: “We will carry on hunting as before.” Judith Moritz, in Melton Mowbray, said anti-hunt activists were out.",
    ];
    expect(speakerOf(story, "We will carry")).toBe("Kate Hoey");
  });

  it("goes to nobody the next sentence's reported clause names", () => {
    const story = [
      "The ban may take years to unpick. “We will repeal it within a year.” Conservative spokeswoman Theresa May said if the party was in power it would act.",
    ];
    expect(speakerOf(story, "We will repeal")).toBeUndefined();
    expect(speakerOf(["“We will win the game.” Smith said."], "We will win")).toBe("Smith");
  });
});

describe("“the president” in an attribution", () => {
  it("is the president, not the vice president", () => {
    const story = [
      "President Donald Trump and Vice President Mike Pence met Flynn.",
      "On Monday, the President told reporters that he feels “very badly for Flynn and his family.”",
    ];
    expect(speakerOf(story, "very badly")).toBe("Donald Trump");
  });
});

describe("a programme's title in quotation marks", () => {
  it("is no quote, even with a small word such as “with” in it", () => {
    const quotes = extractArticle({
      headline: "Headline",
      paragraphs: [
        "Her lawyer, Mat Staver, spoke on Friday. “Knowing Kim Davis, she may be jailed,” he told CNN's “The Lead with Jake Tapper” on Thursday.",
      ],
    }).quotes.map((q) => q.text);
    expect(quotes).toEqual(["Knowing Kim Davis, she may be jailed"]);
  });
});

describe("a quote another, unnamed source introduces", () => {
  it("does not carry over the paragraph's last speaker", () => {
    const story = [
      "“This is still a Republican-leaning district,” Phil Kent said. One national Democratic strategist added: “There’s been an effort to paint him as liberal.”",
    ];
    expect(speakerOf(story, "There’s been")).toBeUndefined();
    expect(speakerOf(["“We will win,” Phil Kent said. “It is certain.”"], "It is certain")).toBe(
      "Phil Kent",
    );
  });

  it("and a programme's title with an ampersand is no quote", () => {
    const quotes = extractArticle({
      headline: "Headline",
      paragraphs: [
        "“We took this seriously,” John Kirby said on the network's “Fox & Friends” on Thursday.",
      ],
    }).quotes.map((q) => q.text);
    expect(quotes).toEqual(["We took this seriously"]);
  });
});

describe("a follow-on quote before another person's reported speech", () => {
  it("stays with the speaker before it when the next verb opens a reported clause", () => {
    const story = [
      "Diane Abbott spoke. “Waiting for more black MPs hasn't worked,” she said. “We need shortlists.” On Tuesday Labour chairman Ian McCartney said his party was ambitious.",
    ];
    expect(speakerOf(story, "We need shortlists")).toBe("Diane Abbott");
    const role = extractArticle({ headline: "Headline", paragraphs: story }).people.find(
      (p) => p.name === "Ian McCartney",
    )?.role;
    expect(role).toBe("Labour chairman");
  });
});
