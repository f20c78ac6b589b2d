import { describe, expect, it } from "vitest";
import { dropScrapeFurniture, isTitleCaseLine } from "../../src/extract/drop-scrape-furniture.ts";

const cleaned = (paragraph: string, headline = "A story") =>
  dropScrapeFurniture(headline, [paragraph])[0];

describe("dropScrapeFurniture", () => {
  it.each([
    [
      "a credit after the name",
      "Enlarge this image toggle caption Alex Wong/Getty Images Alex Wong/Getty Images Robert Mueller was named.",
      "Robert Mueller was named.",
    ],
    [
      "a credit with a space before the slash",
      "David Sommerstein /NCPR Farmers gathered.",
      "Farmers gathered.",
    ],
    [
      "an agency before the name",
      "A plant in Beijing, January 17, 2013. REUTERS/Suzie Wong",
      "A plant in Beijing, January 17, 2013.",
    ],
    [
      "an AP photo credit in brackets",
      "Senators met on Tuesday. (AP Photo/J. Scott Applewhite)",
      "Senators met on Tuesday.",
    ],
    ["a chain of agencies", "Brendan Smialowski/AFP/Getty Images Senators left.", "Senators left."],
    [
      "a photo's courtesy credit, given twice",
      "Enlarge this image toggle caption Courtesy Stephanie Madden Courtesy Stephanie Madden",
      "",
    ],
    [
      "a line of links to other stories",
      "Related Coverage Mueller tells White House to save files on the campaign",
      "",
    ],
    [
      "a video player's close button before its caption",
      "CLOSE President Trump took his tax pitch to a rally.",
      "President Trump took his tax pitch to a rally.",
    ],
    [
      "no capitalised word that merely starts a sentence",
      "CLOSE to home, it rained.",
      "CLOSE to home, it rained.",
    ],
    [
      "a credit after a bar",
      "Senators argued over the agenda. | AP Photo",
      "Senators argued over the agenda.",
    ],
    [
      "a hover card with another story's headlines",
      "Facebook CEO Mark Zuckerberg Mark Elliot ZuckerbergHillicon Valley: Inquiry opened | Takedowns reported MORE appeared in two hearings.",
      "Facebook CEO Mark Zuckerberg appeared in two hearings.",
    ],
    [
      "a hover card glued after a prefixed surname",
      "Leader Kevin McCarthy Kevin Owen McCarthyHouse Republicans plan vote | Other story MORE said the bill would pass.",
      "Leader Kevin McCarthy said the bill would pass.",
    ],
    [
      "a hover card with a nickname, glued to the same prefixed surname",
      "Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell McConnellMcConnell: Communist Party story | Other MORE said the bill would pass.",
      "Senate Majority Leader Mitch McConnell said the bill would pass.",
    ],
    [
      "a hover card with no headlines, glued to its MORE",
      "He was fired by chief of staff John Kelly John Francis KellyMORE.",
      "He was fired by chief of staff John Kelly.",
    ],
    [
      "a hover card glued to a year",
      "Sen. John McCain John Sidney McCain2020 Democrats court veterans MORE voted no.",
      "Sen. John McCain voted no.",
    ],
    [
      "a hover card glued to an acronym",
      "ties to President Trump Donald John TrumpGOP senators balk | Warren goes local MORE had obtained data.",
      "ties to President Trump had obtained data.",
    ],
    [
      "a hover card glued to a one-letter word",
      "said Rep. Filemon Vela Filemon Bautista VelaA dozen Democrats call | Other story MORE on Friday.",
      "said Rep. Filemon Vela on Friday.",
    ],
    [
      "a hover card the scrape left unglued",
      "said Rep. Steny Hoyer Steny Hamilton Hoyer Hoyer calls efforts 'despicable' Live coverage MORE (D-Md.), the leader.",
      "said Rep. Steny Hoyer (D-Md.), the leader.",
    ],
    [
      "a reporter's line and contributors closing a paragraph",
      "Officials met on Monday. Bacon reported from McLean, Va. Contributing: Jane Onyanga-Omara in London; the Associated Press",
      "Officials met on Monday.",
    ],
    [
      "a bracketed photo credit inside a paragraph",
      "Obama meets Congress. (Photo: Dennis Brack, Getty Images) The talks went on.",
      "Obama meets Congress. The talks went on.",
    ],
    [
      "an opinion piece's author before its highlights",
      "Story highlights Ruben Navarrette: It's been a tough week for Obama.",
      "It's been a tough week for Obama.",
    ],
    [
      "a photo credit for a news site after a bar",
      "Ryan and Rice fired up the crowd Wednesday. | Mike Morones for POLITICO and AP Photo",
      "Ryan and Rice fired up the crowd Wednesday.",
    ],
    [
      "an embedded tweet's author line",
      "Their credibility will be gone! — Donald J. Trump (@realDonaldTrump) August 29, 2018 The president wrote.",
      "Their credibility will be gone! The president wrote.",
    ],
    [
      "a reporting credit in brackets",
      "Shares fell 2%. (Reporting by Jane Doe; Editing by John Roe)",
      "Shares fell 2%.",
    ],
  ])("cuts out %s", (_, input, expected) => {
    expect(cleaned(input)).toBe(expected);
  });

  it("drops an author's line as the first or last paragraph only", () => {
    const bio = "Mark Bauerlein is an English professor at Emory University.";
    expect(dropScrapeFurniture("A story", [bio, "Students read.", bio])).toEqual([
      "",
      "Students read.",
      "",
    ]);
    expect(dropScrapeFurniture("A story", ["Students read.", bio, "Exams follow."])[1]).toBe(bio);
  });

  it.each([
    [
      "a contributed-to-this-report line",
      "Associated Press writer Jane Doe contributed to this report.",
    ],
    [
      "a bare contributed line",
      "Alicia Cohn, Melanie Zanona and Mike Lillis contributed. Updated 10:45 a.m.",
    ],
    [
      "a contributed-reporting line",
      "Gabriel Debenedetti contributed reporting from Des Moines, Iowa.",
    ],
    ["a byline", "By Jane Doe and John Roe"],
    [
      "two contributors' credits in one paragraph",
      "Gabriel Debenedetti contributed reporting from Des Moines, Iowa. Lauren French contributed.",
    ],
    ["a bulleted reporter's line", "⦁ Seth McLaughlin reported from Washington."],
    [
      "a follow line with a handle",
      "Follow USA TODAY senior technology writer Jessica Guynn @jguynn",
    ],
    ["a line of reporters' names with a serial comma", "Rick Jervis, and John Bacon"],
    [
      "an assistance credit",
      "— With assistance by Peter Martin, Dandan Li, and Elizabeth Wasserman",
    ],
    [
      "a column's credit",
      "The Memo is a reported column by Niall Stanage, focused on the presidency.",
    ],
    ["an author note", "Julia Ioffe is a contributing writer at Politico Magazine."],
    ["an editing credit", "Reporting by Jane Doe in Washington; Editing by John Roe"],
    ["a body line that repeats the headline", "Storm Hits The Coast"],
    ["a line of reporters' names", "Connie Cone Sexton and Paulina Pineda"],
    ["an editor's note", "Editor's note: Jane Doe is a professor of history."],
    ["a title-case link line", "Alberto Gonzales On Comey's Firing And What Comes Next"],
    [
      "a long contributors line",
      "Contributing: Susan Miller, in Falls Church, Va.; Charisse Jones in Vauxhall, N.J.; Trevor Hughes in Denver; Cindy Huang in Arlington, Va., Scott Goss, in Rehoboth Beach, Del.; Ilana Kowarski, of Florida Today, in Melbourne, Fla.; Liz Holland, of Delmarvanow, in Salisbury, Del.",
    ],
    [
      "a caption that ends in a 'Photo by' credit",
      "The casket lies in the Rotunda. (Photo by Jonathan Ernst - Pool/Getty Images)",
    ],
    [
      "a photo gallery's captions",
      "Photos: The new GOP power players Sen. John McCain – Sen. John McCain is expected to lead. Hide Caption 1 of 15 Photos: The new GOP power players Sen. Thad Cochran – in line.",
    ],
    [
      "a wire photo's caption",
      "FILE PHOTO: Minnesota Gov. Mark Dayton speaks to media after signing bills, July 2011.",
    ],
    ["a reporter's line", "Bhatti reported from Berlin."],
    [
      "a caption that ends in its photo credit",
      "President Francois Hollande is surrounded by Donald Tusk and Mahmoud Abbas as they attend the march in Paris. (Photo: Philippe Wojazer, AFP/Getty Images)",
    ],
    ["a link to another story", "SEE ALSO: Marco Rubio, Rand Paul clash over conservatism"],
    ["a read-more link", "MORE: Romney's political pretzel over Libya"],
    [
      "a more link",
      "More:Sen. Orrin Hatch apologizes for defending ex-White House staffer Rob Porter",
    ],
    [
      "a video player's titles",
      "JUST WATCHED Sen. Stabenow on confirming Lynch Replay More Videos ... MUST WATCH Sen. Stabenow on confirming Lynch 01:09",
    ],
    [
      "a photo caption with its credit and the page's headline",
      "Govs. Rick Snyder, Scott Walker and Tom Corbett all face opposition. | AP Photos Labor's plan to fight back",
    ],
    [
      "a video embed's markup",
      'Sarah Silverman to Bernie fans: “You are being ridiculous” poster="http://v.example.com/a.jpg"',
    ],
  ])("empties %s, keeping the paragraph's place", (_, input) => {
    expect(dropScrapeFurniture("Storm hits the coast", ["First.", input, "Last."])).toEqual([
      "First.",
      "",
      "Last.",
    ]);
  });

  it.each([
    [
      "a sentence naming people",
      "Senate Majority Leader Harry Reid, D-Nevada, said the deal was close.",
    ],
    [
      "a long paragraph that mentions a reporter",
      `${"The talks went on. ".repeat(15)}Jane Doe contributed to this report.`,
    ],
    [
      "a football line-up",
      "Chelsea: Cech, Ferreira, Terry, Gallas, Carvalho, Makelele, Lampard, Duff, Robben, Drogba",
    ],
    ["a name glued to a surname prefix", "Sen. Mitch McConnell and Gov. Ron DeSantis spoke."],
    ["a slash between ordinary words", "The and/or question was left open by the committee."],
    [
      "donors who contributed money",
      "Tom Steyer contributed $5 million to the campaign. Jane Roe contributed $3 million to it.",
    ],
  ])("keeps %s", (_, input) => {
    expect(cleaned(input)).toBe(input);
  });
});

describe("isTitleCaseLine", () => {
  it("tells a title-case line from a sentence that starts with names", () => {
    expect(
      isTitleCaseLine("Who Is Robert Mueller, Special Counsel Overseeing Russia Investigation?"),
    ).toBe(true);
    expect(isTitleCaseLine("Barack Obama met Joe Biden and Nancy Pelosi")).toBe(false);
    expect(isTitleCaseLine("Barack Obama met Joe Biden in Chicago on Monday.")).toBe(false);
  });
});
