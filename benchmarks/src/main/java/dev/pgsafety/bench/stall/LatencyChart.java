package dev.pgsafety.bench.stall;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A scenario's chart: the traffic's latency over time (slowest operation started in each 50 ms), naive vs with
 * pgsafety, on a logarithmic axis so that a 5 ms and a 5 s operation both show. The migration starts at 0; a
 * vertical line marks where each run's migration ended.
 */
final class LatencyChart {

    private static final Color[] COLORS = {new Color(0xC0392B), new Color(0x2471A3), new Color(0x27AE60)};

    private LatencyChart() {
    }

    static void write(String title, List<RunResult> runs, Path png) throws IOException {
        XYChart chart = new XYChartBuilder().width(1000).height(520).title(title)
                .xAxisTitle("seconds since the migration started").yAxisTitle("latency, ms (log scale)").build();
        var styler = chart.getStyler();
        styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        styler.setYAxisLogarithmic(true);
        styler.setYAxisMin(0.1);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setMarkerSize(5);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesVisible(true);
        styler.setAnnotationLineColor(Color.GRAY);
        // Whole and half seconds: the default pattern prints long decimals that run into each other.
        styler.setXAxisDecimalPattern("0.#");
        styler.setXAxisTickMarkSpacingHint(80);
        double top = runs.stream().flatMapToDouble(r -> java.util.Arrays.stream(r.timeline().maxMillis()))
                .max().orElse(1);
        for (int i = 0; i < runs.size(); i++) {
            RunResult r = runs.get(i);
            Timeline t = r.timeline();
            double[] y = java.util.Arrays.stream(t.maxMillis()).map(v -> Math.max(v, 0.1)).toArray();
            XYSeries series = chart.addSeries(r.variant().label() + String.format(Locale.ROOT, " (max %s)",
                    ResultsTable.millis(r.window().maxMillis())), t.seconds(), y);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setMarkerColor(COLORS[i % COLORS.length]);
            if (r.outcome().kind() != Outcome.Kind.REJECTED) {
                chart.addAnnotation(new AnnotationLine(t.migrationSeconds(), true, false));
                // Staggered down the log axis so that labels of runs ending close together stay readable.
                chart.addAnnotation(new AnnotationText("end: " + r.variant().label(), t.migrationSeconds(),
                        top / Math.pow(3, i), false));
            }
        }
        chart.addAnnotation(new AnnotationLine(0, true, false));
        chart.addAnnotation(new AnnotationText("migration starts", 0, 0.15, false));
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
