package org.ceasefiredata.ceasefire.export;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Downloads of the export files for the tests, and their parsing with the same CSV library that writes them. */
final class ExportFiles {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PINNED = "2016-02-27T00:00:00Z";

    private ExportFiles() {
    }

    static byte[] get(String file) {
        return given().when().get("/api/v1/export/" + file).then().statusCode(200).extract().asByteArray();
    }

    static JsonNode json(String file) throws IOException {
        return JSON.readTree(get(file));
    }

    /** The rows of a CSV as parsed by Commons CSV (RFC 4180, header row). */
    static CsvTable csv(byte[] body) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(body, StandardCharsets.UTF_8)), format)) {
            return new CsvTable(parser.getHeaderNames(), parser.getRecords());
        }
    }

    record CsvTable(List<String> header, List<CSVRecord> rows) {
    }
}
