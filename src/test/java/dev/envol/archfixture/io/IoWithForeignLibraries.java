package dev.envol.archfixture.io;

import java.util.List;

/** Libraries outside their rooms: each belongs to another package. */
public final class IoWithForeignLibraries {
    public List<Class<?>> strangers() {
        return List.of(
            software.amazon.awssdk.regions.Region.class,
            org.apache.poi.ss.usermodel.Workbook.class,
            org.eclipse.elk.graph.ElkNode.class,
            org.jgrapht.Graph.class,
            javafx.geometry.Point2D.class);
    }
}
