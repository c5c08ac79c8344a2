package org.cryostudio.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.cryostudio.report.fixtures.SampleReport;
import org.junit.jupiter.api.Test;

class ReportTest {

	@Test
	void sectionsAreNumberedInReadingOrderAndFiguresAcrossSections() {
		Report r = SampleReport.build(0);
		Numbering n = new Numbering(r);
		List<Section> all = r.allSections();
		assertEquals(List.of("identity", "summary", "calc", "calc-sub", "findings", "refs"), all.stream().map(Section::id).toList());
		assertEquals("3.1", n.of(all.get(3)));
		assertEquals(2, n.depth(all.get(3)));
		Figure f = (Figure) all.get(2).blocks().get(1);
		assertEquals(1, n.of(f));
	}

	@Test
	void idsAreUnique() {
		Section a = Section.builder("a", "A").build();
		assertThrows(IllegalArgumentException.class,
				() -> new Report("t", "", SampleReport.DATE, "g", List.of(a, Section.builder("a", "again").build())));
	}

	@Test
	void tableRowsMatchTheColumns() {
		assertThrows(IllegalArgumentException.class, () -> new Table("t", List.of(Table.Column.left("one", 1)),
				List.of(List.of(Table.Cell.of("1"), Table.Cell.of("2")))));
	}
}
