import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  aggregateRatings,
  columnName,
  detectDelimiter,
  formatRatingsTable,
  formatSurveyProblem,
  lowResponseGroups,
  mergeRatingsIntoJson,
  readSurvey,
  smallGroups,
  type SurveyReading,
} from "../../../../scripts/import/survey-import.ts";
import { EXAMPLE_RATING_COMMENT } from "../../../../scripts/new/scaffold.ts";
import { frameworkSchema, type Rating } from "../../../../src/schema/index.ts";
import { fixturePath } from "../../helpers/fixtures.ts";

const framework = frameworkSchema.parse(
  JSON.parse(readFileSync(fixturePath("surveys/content/framework.json"), "utf8")),
);

/** Returns a survey fixture's text, exactly as stored (a byte order mark included). */
function survey(name: string): string {
  return readFileSync(fixturePath(`surveys/${name}`), "utf8");
}

/** Returns the reading's problems as the importer prints them. */
function lines(reading: SurveyReading, file = "survey.csv"): string[] {
  return [...reading.fileProblems, ...reading.rowProblems].map((problem) => formatSurveyProblem(file, problem));
}

/** Returns the ratings a survey text gives, after checking it had no problem. */
function ratingsOf(text: string): Rating[] {
  const reading = readSurvey(text, framework);
  expect(lines(reading)).toEqual([]);
  return aggregateRatings(reading.responses, framework);
}

const rating = (factor: string, group: string, level: number, respondents: number, invited?: number): Rating => ({
  factor,
  group,
  level,
  respondents,
  ...(invited === undefined ? {} : { invited }),
  method: "survey",
});

const GROUPS =
  "officers (Council officers), members (Elected members, cabinet and scrutiny), partner-staff (Partner staff)";
const FACTORS = "strategy (Strategy), governance (Governance, accountability), delivery (Delivery)";

describe("columnName(column)", () => {
  it("columnName(column) names columns as a spreadsheet does", () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703].map(columnName)).toEqual(["A", "B", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });
});

describe("detectDelimiter(text)", () => {
  it("detectDelimiter(text) finds commas, semicolons and tabs in the header line", () => {
    expect(detectDelimiter("Group,Strategy,Delivery\n")).toBe(",");
    expect(detectDelimiter("Group;Strategy;Delivery\n")).toBe(";");
    expect(detectDelimiter("Group\tStrategy\tDelivery\n")).toBe("\t");
  });

  it("detectDelimiter(text) ignores separators inside quotes, a byte order mark and blank lines before the header", () => {
    expect(detectDelimiter('\uFEFF\n\nGroup,"Governance; and; accountability",Delivery')).toBe(",");
    expect(detectDelimiter("Group;Governance, accountability;Delivery")).toBe(";");
  });

  it("detectDelimiter(text) falls back to a comma for a single column or an empty file", () => {
    expect(detectDelimiter("Group\nofficers\n")).toBe(",");
    expect(detectDelimiter("")).toBe(",");
  });
});

describe("formatSurveyProblem(file, problem)", () => {
  it("formatSurveyProblem(file, problem) places a problem by row and lettered column, with the header", () => {
    expect(formatSurveyProblem("s.csv", { row: 4, column: 3, header: "Delivery", message: "is wrong" })).toBe(
      "s.csv: row 4, column C (Delivery): is wrong",
    );
  });

  it("formatSurveyProblem(file, problem) leaves out what it does not know", () => {
    expect(formatSurveyProblem("s.csv", { row: 1, column: 5, message: "m" })).toBe("s.csv: row 1, column E: m");
    expect(formatSurveyProblem("s.csv", { line: 7, message: "m" })).toBe("s.csv: line 7: m");
    expect(formatSurveyProblem("s.csv", { message: "is empty" })).toBe("s.csv: is empty");
  });
});

describe("readSurvey(text, framework) and aggregateRatings(responses, framework)", () => {
  it("reads a clean comma-separated file of ids and orders, giving means to 2 decimals", () => {
    expect(ratingsOf(survey("clean.csv"))).toEqual([
      rating("strategy", "officers", 2.33, 3),
      rating("strategy", "members", 1.5, 2),
      rating("governance", "officers", 2.67, 3),
      rating("governance", "members", 1, 2),
      rating("delivery", "officers", 3.67, 3),
      rating("delivery", "members", 2, 2),
    ]);
  });

  it("reads a UTF-8 file with a byte order mark", () => {
    expect(survey("bom.csv").startsWith("\uFEFF")).toBe(true);
    expect(ratingsOf(survey("bom.csv"))).toEqual([
      rating("strategy", "partner-staff", 3.67, 3),
      rating("delivery", "partner-staff", 2.67, 3),
    ]);
  });

  it("keeps the byte order mark out of the first column's header", () => {
    const reading = readSurvey("\uFEFFGroup,Strategy\ncouncil,2\n", framework);
    expect(lines(reading)).toEqual([
      `survey.csv: row 2, column A (Group): "council" is not a stakeholder group in framework.json: use one of ${GROUPS}.`,
    ]);
  });

  it("reads a semicolon-separated file from a European spreadsheet, with a comma inside a header", () => {
    expect(ratingsOf(survey("semicolon.csv"))).toEqual([
      rating("strategy", "officers", 3.67, 3),
      rating("strategy", "partner-staff", 1.67, 3),
      rating("governance", "officers", 3.33, 3),
      rating("governance", "partner-staff", 1.33, 3),
      rating("delivery", "officers", 3.67, 3),
      rating("delivery", "partner-staff", 2.67, 3),
    ]);
  });

  it("reads quoted fields with commas, and groups and levels by id, label or order in any case", () => {
    expect(ratingsOf(survey("quoted.csv"))).toEqual([
      rating("strategy", "officers", 2, 2),
      rating("strategy", "members", 1, 1),
      rating("strategy", "partner-staff", 3.67, 3),
      rating("governance", "officers", 3, 2),
      rating("governance", "members", 1, 1),
      rating("governance", "partner-staff", 3.67, 3),
      rating("delivery", "officers", 3.5, 2),
      rating("delivery", "members", 2, 1),
      rating("delivery", "partner-staff", 3.67, 3),
    ]);
  });

  it("skips blank lines, rows of empty cells and rows of spaces", () => {
    const reading = readSurvey(survey("blank-lines.csv"), framework);
    expect(lines(reading)).toEqual([]);
    expect(reading.responses.map((response) => response.row)).toEqual([3, 5, 8]);
    expect(aggregateRatings(reading.responses, framework)).toEqual([
      rating("strategy", "officers", 1.5, 2),
      rating("strategy", "members", 3, 1),
      rating("delivery", "officers", 2, 2),
      rating("delivery", "members", 3, 1),
    ]);
  });

  it("counts rows as a spreadsheet does: blank lines count, a value over two lines is one row, Windows line endings", () => {
    const reading = readSurvey('Group,Strategy\r\n\r\n"Council\r\nofficers",1\r\n,\r\nmembrs,2\r\n', framework);
    expect(lines(reading)).toEqual([
      `survey.csv: row 5, column A (Group): "membrs" is not a stakeholder group in framework.json: use one of ${GROUPS}. Did you mean "members"?`,
    ]);
    expect(reading.responses).toEqual([{ row: 3, group: "officers", levels: { strategy: 1 } }]);
  });

  it("reports every unreadable cell by row and column, and keeps the other rows", () => {
    const reading = readSurvey(survey("bad-rows.csv"), framework);
    const range = "an order from 1 to 4, or a level's id or label";
    expect(lines(reading, "bad-rows.csv")).toEqual([
      `bad-rows.csv: row 3, column A (Group): "oficers" is not a stakeholder group in framework.json: use one of ${GROUPS}. Did you mean "officers"?`,
      `bad-rows.csv: row 4, column B (Strategy): "coperating" is not a spectrum level: use ${range}. Did you mean "cooperating"?`,
      `bad-rows.csv: row 4, column D (Delivery): the cell is empty: give this respondent's level (${range})`,
      "bad-rows.csv: row 5, column B (Strategy): 7 is not on the spectrum: orders run from 1 to 4",
      `bad-rows.csv: row 5, column C (Governance, accountability): 2.5 is not a whole number: give one level per respondent (${range})`,
      `bad-rows.csv: row 5, column D (Delivery): 2,5 is not a whole number: give one level per respondent (${range})`,
      `bad-rows.csv: row 6, column A (Group): "Partner staf" is not a stakeholder group in framework.json: use one of ${GROUPS}. Did you mean "Partner staff"?`,
    ]);
    expect(reading.badRows).toEqual([3, 4, 5, 6]);
    expect(reading.responses.map((response) => response.row)).toEqual([2, 7, 8]);
    expect(aggregateRatings(reading.responses, framework)).toEqual([
      rating("strategy", "officers", 2.5, 2),
      rating("strategy", "members", 1, 1),
      rating("governance", "officers", 3, 2),
      rating("governance", "members", 2, 1),
      rating("delivery", "officers", 3, 2),
      rating("delivery", "members", 3, 1),
    ]);
  });

  it("reports an empty group cell, a short row's missing cells and orders out of range", () => {
    const reading = readSurvey("Group,Strategy,Delivery\n,1,2\nofficers,0\n", framework);
    expect(lines(reading)).toEqual([
      `survey.csv: row 2, column A (Group): the cell is empty: give the respondent's stakeholder group: ${GROUPS}`,
      "survey.csv: row 3, column B (Strategy): 0 is not on the spectrum: orders run from 1 to 4",
      "survey.csv: row 3, column C (Delivery): the cell is empty: give this respondent's level (an order from 1 to 4, or a level's id or label)",
    ]);
    expect(reading.responses).toEqual([]);
  });

  it("reports unknown factor headers with a hint, and reads no row", () => {
    const reading = readSurvey(survey("bad-header.csv"), framework);
    expect(lines(reading, "bad-header.csv")).toEqual([
      `bad-header.csv: row 1, column B (Stratgy): "Stratgy" is not a factor in framework.json: name each column after the group column by a factor's id or label: ${FACTORS}; or head it invited for how many of each group were asked. Did you mean "strategy"?`,
      `bad-header.csv: row 1, column D (Costs): "Costs" is not a factor in framework.json: name each column after the group column by a factor's id or label: ${FACTORS}; or head it invited for how many of each group were asked.`,
    ]);
    expect(reading.responses).toEqual([]);
  });

  it("reports a factor given two columns, and a column with values but no header", () => {
    const reading = readSurvey("Group,Strategy,strategy,\nofficers,1,2,\nofficers,1,2,3\n", framework);
    expect(lines(reading)).toEqual([
      'survey.csv: row 1, column C (strategy): factor "strategy" already has column B: keep one column per factor',
      "survey.csv: row 1, column D: has no header, but row 3 has a value in this column: name the factor it rates, or delete the column",
    ]);
  });

  it("ignores empty columns without a header, as spreadsheets write them", () => {
    expect(ratingsOf("Group,Strategy,,\nofficers,2,,\nofficers,3\n")).toEqual([rating("strategy", "officers", 2.5, 2)]);
  });

  it("reports a CSV syntax error by line", () => {
    expect(lines(readSurvey(survey("bad-quotes.csv"), framework), "bad-quotes.csv")).toEqual([
      'bad-quotes.csv: line 2: a quoted value has more text after its closing quote: put the whole value in quotes, and write each quote inside it twice ("")',
    ]);
    expect(lines(readSurvey('Group,Strategy\nofficers,"2 ""a"" b\n\nmembers,3\nmembers,2\n', framework))).toEqual([
      'survey.csv: line 2: a quote (") opened on this line is never closed: add the closing quote after the value',
    ]);
  });

  it("reports an empty file, a header without rows, and a header without factors", () => {
    expect(lines(readSurvey("\uFEFF\n\n", framework))).toEqual([
      "survey.csv: is empty: it needs a header row, then one row per respondent",
    ]);
    expect(lines(readSurvey("Group,Strategy\n", framework))).toEqual([
      "survey.csv: has a header but no respondents: add one row per respondent below it",
    ]);
    expect(lines(readSurvey("Group\nofficers\n", framework))).toEqual([
      `survey.csv: row 1: names no factor: the first column holds each respondent's stakeholder group, and each further column a factor's id or label: ${FACTORS}`,
    ]);
  });
});

describe("readSurvey(text, framework) with an invited column", () => {
  it("reads how many of each group were asked, from every row of the group or only its first, and none when a group leaves it empty", () => {
    const reading = readSurvey(survey("invited.csv"), framework);
    expect(lines(reading, "invited.csv")).toEqual([]);
    expect(reading.responses.map((response) => [response.row, response.invited])).toEqual([
      [2, 12],
      [3, 12],
      [4, 12],
      [5, undefined],
      [6, undefined],
      [7, 10],
      [8, undefined],
      [9, undefined],
      [10, undefined],
    ]);
    expect(aggregateRatings(reading.responses, framework)).toEqual([
      rating("strategy", "officers", 2.33, 3, 12),
      rating("strategy", "members", 1.5, 2),
      rating("strategy", "partner-staff", 3, 4, 10),
      rating("governance", "officers", 2.67, 3, 12),
      rating("governance", "members", 1, 2),
      rating("governance", "partner-staff", 3.25, 4, 10),
      rating("delivery", "officers", 3.67, 3, 12),
      rating("delivery", "members", 2, 2),
      rating("delivery", "partner-staff", 3, 4, 10),
    ]);
  });

  it("reports an invited cell that is not a whole number of at least 1, differs within a group, or is below the group's respondents, naming each row", () => {
    const reading = readSurvey(survey("bad-invited.csv"), framework);
    expect(lines(reading, "bad-invited.csv")).toEqual([
      "bad-invited.csv: row 2, column B (Invited): 2 is below the 3 respondents of Council officers in this file: invited counts everyone in the group who was asked, respondents those who answered",
      "bad-invited.csv: row 4, column B (Invited): 3 differs from the 2 invited on row 2 for Council officers: give the same number on every row of a group, or leave the cell empty after the first",
      `bad-invited.csv: row 5, column B (Invited): "ten" is not a whole number: give how many people in the respondent's group were asked, such as 40, or leave the cell empty`,
      "bad-invited.csv: row 6, column B (Invited): 0 is not a number of people asked: it must be at least 1, or leave the cell empty",
      "bad-invited.csv: row 8, column B (Invited): 45 differs from the 40 invited on row 7 for Partner staff: give the same number on every row of a group, or leave the cell empty after the first",
    ]);
    expect(reading.badRows).toEqual([2, 4, 5, 6, 8]);
    // What is left never gives fewer invited than respondents.
    expect(aggregateRatings(reading.responses, framework)).toEqual([
      rating("strategy", "officers", 2, 1),
      rating("strategy", "partner-staff", 3, 2, 40),
      rating("delivery", "officers", 4, 1),
      rating("delivery", "partner-staff", 3, 2, 40),
    ]);
  });

  it("counts only rows without other problems as respondents when checking invited", () => {
    // Three rows name the group, but one cannot be read: 2 invited is not below its 2 respondents.
    const reading = readSurvey("Group,Strategy,Invited\nofficers,2,2\nofficers,9,\nofficers,3,\n", framework);
    expect(lines(reading)).toEqual([
      "survey.csv: row 3, column B (Strategy): 9 is not on the spectrum: orders run from 1 to 4",
    ]);
    expect(aggregateRatings(reading.responses, framework)).toEqual([rating("strategy", "officers", 2.5, 2, 2)]);
  });

  it("lists a row's problems in column order, whichever column holds invited", () => {
    const reading = readSurvey("Group,Invited,Strategy\nofficers,none,7\n", framework);
    expect(lines(reading)).toEqual([
      `survey.csv: row 2, column B (Invited): "none" is not a whole number: give how many people in the respondent's group were asked, such as 40, or leave the cell empty`,
      "survey.csv: row 2, column C (Strategy): 7 is not on the spectrum: orders run from 1 to 4",
    ]);
  });

  it("reports a second invited column, and suggests invited for a misspelt header", () => {
    expect(lines(readSurvey("Group,Strategy,Invited,invited\nofficers,2,4,4\n", framework))).toEqual([
      "survey.csv: row 1, column D (invited): column C is already the invited column: keep one",
    ]);
    expect(lines(readSurvey("Group,Strategy,Invted\nofficers,2,4\n", framework))).toEqual([
      `survey.csv: row 1, column C (Invted): "Invted" is not a factor in framework.json: name each column after the group column by a factor's id or label: ${FACTORS}; or head it invited for how many of each group were asked. Did you mean "invited"?`,
    ]);
  });
});

describe("aggregateRatings(responses, framework)", () => {
  it("aggregateRatings(responses, framework) rounds each mean to 2 decimals and counts respondents", () => {
    const responses = [1, 2, 2, 2, 2, 2].map((level, i) => ({
      row: i + 2,
      group: "officers",
      levels: { delivery: level },
    }));
    expect(aggregateRatings(responses, framework)).toEqual([rating("delivery", "officers", 1.83, 6)]);
  });

  it("aggregateRatings(responses, framework) gives nothing for no responses", () => {
    expect(aggregateRatings([], framework)).toEqual([]);
  });
});

describe("mergeRatingsIntoJson(text, ratings)", () => {
  const imported = [
    rating("strategy", "officers", 2.33, 3),
    rating("strategy", "members", 1.5, 2),
    rating("delivery", "officers", 3.67, 3),
  ];

  it("mergeRatingsIntoJson(text, ratings) replaces the same factor and group in place, keeps the rest and adds new ones last", () => {
    const original = survey("content/reviews/shared-waste/2025-survey.json");
    const merged = mergeRatingsIntoJson(original, imported);
    const ratingsStart = original.indexOf('"ratings"');
    const ratingsEnd = original.indexOf('  "risks"');
    expect(merged).toEqual({
      ok: true,
      text: `${original.slice(0, ratingsStart)}"ratings": [
    { "factor": "strategy", "group": "officers", "level": 2.33, "respondents": 3, "method": "survey" },
    { "factor": "delivery", "group": "partner-staff", "level": 4, "respondents": 6, "method": "workshop" },
    { "factor": "strategy", "group": "members", "level": 1.5, "respondents": 2, "method": "survey" },
    { "factor": "delivery", "group": "officers", "level": 3.67, "respondents": 3, "method": "survey" }
  ],
${original.slice(ratingsEnd)}`,
      replaced: [{ factor: "strategy", group: "officers", hadComment: true }],
      added: [imported[1], imported[2]],
      kept: 1,
      examples: 0,
    });
  });

  it("mergeRatingsIntoJson(text, ratings) removes the example rating a new review starts with", () => {
    const example = `{ "factor": "delivery", "group": "members", "level": 2, "respondents": 10, "invited": 25, "method": "survey", "comment": ${JSON.stringify(EXAMPLE_RATING_COMMENT)} }`;
    const merged = mergeRatingsIntoJson(
      `{\n  "ratings": [\n    ${example}\n  ],\n  "risks": []\n}\n`,
      imported.slice(0, 1),
    );
    expect(merged).toEqual({
      ok: true,
      text: '{\n  "ratings": [\n    { "factor": "strategy", "group": "officers", "level": 2.33, "respondents": 3, "method": "survey" }\n  ],\n  "risks": []\n}\n',
      replaced: [],
      added: imported.slice(0, 1),
      kept: 0,
      examples: 1,
    });
  });

  it("mergeRatingsIntoJson(text, ratings) keeps a rating whose comment only starts like the example's", () => {
    const merged = mergeRatingsIntoJson(
      '{ "ratings": [{ "factor": "delivery", "group": "members", "level": 1, "comment": "[TO COMPLETE] our note" }] }',
      imported.slice(0, 1),
    );
    expect(merged).toMatchObject({ ok: true, kept: 1, examples: 0 });
  });

  it("mergeRatingsIntoJson(text, ratings) writes invited after respondents, as the content model lists them", () => {
    const merged = mergeRatingsIntoJson('{ "ratings": [] }', [rating("strategy", "officers", 2.33, 3, 12)]);
    expect(merged.ok && merged.text).toBe(
      '{ "ratings": [\n  { "factor": "strategy", "group": "officers", "level": 2.33, "respondents": 3, "invited": 12, "method": "survey" }\n] }',
    );
  });

  it("mergeRatingsIntoJson(text, ratings) adds ratings first when the file has none", () => {
    const merged = mergeRatingsIntoJson('{\n  "risks": []\n}\n', imported.slice(0, 1));
    expect(merged.ok && merged.text).toBe(
      '{\n  "ratings": [\n    { "factor": "strategy", "group": "officers", "level": 2.33, "respondents": 3, "method": "survey" }\n  ],\n  "risks": []\n}\n',
    );
    expect(mergeRatingsIntoJson("{}", imported.slice(0, 1))).toMatchObject({
      ok: true,
      text: '{\n  "ratings": [\n    { "factor": "strategy", "group": "officers", "level": 2.33, "respondents": 3, "method": "survey" }\n  ]\n}',
    });
  });

  it("mergeRatingsIntoJson(text, ratings) keeps a byte order mark, Windows line endings and tab indents", () => {
    const merged = mergeRatingsIntoJson('\uFEFF{\r\n\t"risks": [],\r\n\t"ratings": []\r\n}\r\n', imported.slice(0, 1));
    expect(merged.ok && merged.text).toBe(
      '\uFEFF{\r\n\t"risks": [],\r\n\t"ratings": [\r\n\t\t{ "factor": "strategy", "group": "officers", "level": 2.33, "respondents": 3, "method": "survey" }\r\n\t]\r\n}\r\n',
    );
  });

  it("mergeRatingsIntoJson(text, ratings) puts a list written on one line onto one line per rating", () => {
    const merged = mergeRatingsIntoJson(
      '{ "ratings": [{ "factor": "delivery", "group": "members", "level": 1 }], "risks": [] }',
      imported.slice(0, 1),
    );
    expect(merged.ok && merged.text).toBe(
      '{ "ratings": [\n  { "factor": "delivery", "group": "members", "level": 1 },\n  { "factor": "strategy", "group": "officers", "level": 2.33, "respondents": 3, "method": "survey" }\n], "risks": [] }',
    );
  });

  it("mergeRatingsIntoJson(text, ratings) replaces two old ratings of the same pair with one", () => {
    const merged = mergeRatingsIntoJson(
      '{\n  "ratings": [\n    { "factor": "strategy", "group": "officers", "level": 1 },\n    { "factor": "strategy", "group": "officers", "level": 3 }\n  ]\n}\n',
      imported.slice(0, 1),
    );
    expect(merged).toMatchObject({
      ok: true,
      text: '{\n  "ratings": [\n    { "factor": "strategy", "group": "officers", "level": 2.33, "respondents": 3, "method": "survey" }\n  ]\n}\n',
      kept: 0,
    });
  });

  it("mergeRatingsIntoJson(text, ratings) refuses text it cannot merge into", () => {
    expect(mergeRatingsIntoJson("{ ratings: [] }", imported)).toEqual({
      ok: false,
      message: "is not valid JSON: run npm run validate to see where, and fix it first",
    });
    expect(mergeRatingsIntoJson("[]", imported)).toEqual({
      ok: false,
      message: "must hold one { … } group with the review's lists, such as ratings and risks",
    });
    expect(mergeRatingsIntoJson('{ "ratings": {} }', imported)).toEqual({
      ok: false,
      message: 'has "ratings" that is not a list: it must be written [ … ]',
    });
  });
});

describe("formatRatingsTable(ratings, framework)", () => {
  it("formatRatingsTable(ratings, framework) shows mean (respondents) by factor and group, in framework order", () => {
    expect(
      formatRatingsTable(
        [rating("delivery", "partner-staff", 2, 4), rating("strategy", "officers", 2.33, 3)],
        framework,
      ),
    ).toBe(
      [
        "Factor    Council officers  Partner staff",
        "Strategy  2.33 (3)          –",
        "Delivery  –                 2 (4)",
      ].join("\n"),
    );
  });
});

describe("formatRatingsTable(ratings, framework) with invited", () => {
  it("formatRatingsTable(ratings, framework) shows mean (respondents of invited) where the survey says how many were asked", () => {
    expect(
      formatRatingsTable(
        [rating("strategy", "officers", 2.33, 3, 12), rating("strategy", "partner-staff", 3, 4)],
        framework,
      ),
    ).toBe(["Factor    Council officers  Partner staff", "Strategy  2.33 (3 of 12)    3 (4)"].join("\n"));
  });
});

describe("lowResponseGroups(ratings, framework)", () => {
  it("lowResponseGroups(ratings, framework) lists groups whose respondents over invited is below minResponseRate (default 0.3)", () => {
    expect(
      lowResponseGroups(
        [
          rating("strategy", "officers", 2, 3, 12),
          rating("strategy", "members", 2, 3, 10),
          rating("strategy", "partner-staff", 2, 4),
        ],
        framework,
      ),
    ).toEqual([{ group: "officers", label: "Council officers", respondents: 3, invited: 12 }]);
  });
});

describe("smallGroups(ratings, framework)", () => {
  it("smallGroups(ratings, framework) lists groups with fewer respondents than the framework's minimum", () => {
    expect(
      smallGroups(
        [
          rating("strategy", "officers", 2, 3),
          rating("strategy", "members", 2, 2),
          rating("delivery", "members", 2, 2),
        ],
        framework,
      ),
    ).toEqual([{ group: "members", label: "Elected members, cabinet and scrutiny", respondents: 2 }]);
  });
});
