package org.traininghub.mail.control;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * Sockets for the SMTP connection with Nagle's algorithm off ({@code TCP_NODELAY}). Jakarta Mail
 * writes a message through an 8 KB buffer and then the short {@code CRLF.CRLF} that ends it; with
 * Nagle's algorithm on, that last short write waits until the server acknowledges the data before
 * it, which a server delaying its acknowledgements (40 ms on Linux) does only after a timer. A
 * newsletter larger than the buffer then went out at about 20 messages a second on one connection
 * to a server on the same machine (performance.md, "A 50,000-recipient campaign").
 *
 * <p>Set as {@code mail.smtp.socketFactory} (plain and STARTTLS: the TLS layer wraps this socket)
 * and, for implicit TLS, as {@code mail.smtp.ssl.socketFactory}. Jakarta Mail creates each socket
 * unconnected and connects it with its own timeouts.
 */
public final class NoDelaySockets {

  private NoDelaySockets() {}

  static Socket noDelay(Socket socket) throws IOException {
    socket.setTcpNoDelay(true);
    return socket;
  }

  /** Plain TCP sockets with {@code TCP_NODELAY}. */
  public static final class Plain extends SocketFactory {

    @Override
    public Socket createSocket() throws IOException {
      return noDelay(new Socket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return noDelay(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort)
        throws IOException {
      return noDelay(new Socket(host, port, local, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return noDelay(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort)
        throws IOException {
      return noDelay(new Socket(host, port, local, localPort));
    }
  }

  /** The JVM's default TLS sockets, with {@code TCP_NODELAY}. */
  static final class Tls extends SSLSocketFactory {

    private final SSLSocketFactory tls = (SSLSocketFactory) SSLSocketFactory.getDefault();

    @Override
    public Socket createSocket() throws IOException {
      return noDelay(tls.createSocket());
    }

    @Override
    public Socket createSocket(Socket plain, String host, int port, boolean autoClose)
        throws IOException {
      return tls.createSocket(noDelay(plain), host, port, autoClose);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return noDelay(tls.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort)
        throws IOException {
      return noDelay(tls.createSocket(host, port, local, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return noDelay(tls.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort)
        throws IOException {
      return noDelay(tls.createSocket(host, port, local, localPort));
    }

    @Override
    public String[] getDefaultCipherSuites() {
      return tls.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
      return tls.getSupportedCipherSuites();
    }
  }
}
