package de.fachtag.web.asset;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.imageio.ImageIO;

/**
 * {@code /favicon.ico}: the platform's icon, so no browser logs a 404 on any page. Browsers ask
 * for this path at the root whatever page they show, so it cannot know the tenant; a tenant page
 * with a logo names that logo as its icon in the page head instead (public template).
 *
 * <p>The icon is drawn once in code (a white "F" on the platform blue of fachtag.css) and wrapped
 * as a PNG-in-ICO file, which every current browser reads.
 */
@WebServlet("/favicon.ico")
public class FaviconServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** fachtag.css {@code --ft-primary}. */
    static final Color PLATFORM_BLUE = new Color(0x1f, 0x4e, 0x79);

    private static final byte[] ICON = ico(png(32));

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("image/x-icon");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(ICON.length);
        response.getOutputStream().write(ICON);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) {
        response.setContentType("image/x-icon");
        response.setContentLength(ICON.length);
    }

    static byte[] png(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(PLATFORM_BLUE);
            g.fillRoundRect(0, 0, size, size, size / 4, size / 4);
            g.setColor(Color.WHITE);
            int u = size / 8;
            g.fillRect(3 * u, 2 * u, u + u / 2, 4 * u); // stem
            g.fillRect(3 * u, 2 * u, 3 * u, u); // top bar
            g.fillRect(3 * u, 3 * u + u / 2, 2 * u + u / 2, u); // middle bar
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An ICO container with one PNG image (allowed since Windows Vista; read by all browsers). */
    static byte[] ico(byte[] png) {
        ByteBuffer b = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1); // reserved, type icon, one image
        b.put((byte) 32).put((byte) 32).put((byte) 0).put((byte) 0); // 32×32, no palette, reserved
        b.putShort((short) 1).putShort((short) 32); // planes, bits per pixel
        b.putInt(png.length).putInt(6 + 16); // size and offset of the image
        b.put(png);
        return b.array();
    }
}
