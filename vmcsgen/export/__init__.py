"""One exporter per output: each turns the model and plans into rendered text with the
templates of its own folder under templates/. `registry` lists them."""
